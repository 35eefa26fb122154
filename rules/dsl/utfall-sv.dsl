# Utfall: svenskt regelspråk för avtalets egna villkor (.dslr). Se README, "Writing and changing clauses".
#
# Varje rad är en mening som får skrivas i en .dslr-fil och den DRL den står för. Ordlista:
#   {klausul}  avtalets klausul-id, t.ex. §5.3 (måste finnas i contract.yaml)
#   {mått}     avtalets mått-id, t.ex. nojdhet (måste finnas under measures i contract.yaml)
#   {gräns}, {belopp}, {pris}, {tak}, {förändring}  tal skrivna som i avtalet: 50 000 eller 90,5
#   {part}     vem som verifierat uppgiften, som i kolumnen verified_by, t.ex. Socialstyrelsen
#   {skäl}, {villkor}  egna ord; de blir en del av beslutsradens skäl (inga citattecken)
# "en enhet" inför enheten (subject: en hemtjänstenhet, en kohort), "enheten" syftar tillbaka på den.
# Varje mening gäller hela raden: (?m)^\s* i början och (?![^\n]) i slutet ser till det.

# ---- Regelns delar och fas -------------------------------------------------------------------------
[keyword](?m)^\s*regel=rule
[keyword](?m)^\s*när(?![^\n])=when
[keyword](?m)^\s*så(?![^\n])=then
[keyword](?m)^\s*slut(?![^\n])=end
[keyword](?m)^\s*i fasen härledning(?![^\n])=agenda-group "derive"
[keyword](?m)^\s*i fasen ersättning(?![^\n])=agenda-group "entitle"
[keyword](?m)^\s*i fasen skydd(?![^\n])=agenda-group "safeguard"
[keyword](?m)^\s*i fasen tak(?![^\n])=agenda-group "limit"
[keyword](?m)^\s*i fasen avslut(?![^\n])=agenda-group "finalize"

# ---- Året och klausulen: första villkoret i varje regel ------------------------------------------------
[condition][](?m)^\s*[Ff]ör varje år som avräknas enligt {klausul}(?![^\n])=SettlementYear( $year : year ) $t : ClauseTerms( clause == "{klausul}" )

# ---- Årets värde för en enhet (inför enheten och värdet) ----------------------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet har mätts i år(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet i år är minst {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value >= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet i år är högst {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value <= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet i år är över {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value > new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet i år är under {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value < new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet har mätts förra året men saknas i år(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, $subject : subject ) not Measurement( measure == "{mått}", year == $year, subject == $subject )

# ---- Årets värde för enheten (syftar tillbaka) --------------------------------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är minst {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, value >= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är högst {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, value <= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är under {gräns:[0-9 ,.]+}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, value < new BigDecimal( "{gräns}" ) )

# ---- Verifiering och underlag ---------------------------------------------------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är (?:verifierat|validerat) av {part}(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, verifiedBy == "{part}" )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år (?:inte är|är inte) (?:verifierat|validerat) av {part}(?![^\n])=not Measurement( measure == "{mått}", year == $year, subject == $subject, verifiedBy == "{part}" )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år har minst {antal:[0-9]+} svarande(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, respondents != null, respondents >= {antal} )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år har färre än {antal:[0-9]+} svarande(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, respondents == null || respondents < {antal} )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år har en svarsfrekvens på minst {gräns:[0-9 ,.]+} procent(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, responseRate != null, responseRate >= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} saknas i år(?![^\n])=not Measurement( measure == "{mått}", year == $year )

# ---- Jämförelser med tidigare år (efter en mening som inför enheten och årets värde) ---------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är högre än förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value < $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är lägre än förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value > $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år (?:inte är|är inte) lägre än förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject, value > $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år (?:inte är|är inte) högre än förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject, value < $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten har ökat med minst {förändring:[0-9 ,.]+}(?: procentenheter| procentenhet| personer)? sedan förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value <= $value.subtract( new BigDecimal( "{förändring}" ) ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten har minskat med minst {förändring:[0-9 ,.]+}(?: procentenheter| procentenhet| personer)? sedan förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value >= $value.add( new BigDecimal( "{förändring}" ) ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten (?:har inte|inte har) ökat med minst {förändring:[0-9 ,.]+}(?: procentenheter| procentenhet| personer)? sedan förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject, value <= $value.subtract( new BigDecimal( "{förändring}" ) ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten har mätts förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är högre än alla tidigare år(?![^\n])=not Measurement( measure == "{mått}", year < $year, subject == $subject, value >= $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är lägre än alla tidigare år(?![^\n])=not Measurement( measure == "{mått}", year < $year, subject == $subject, value <= $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten saknas förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject )

# ---- Belopp som en annan klausul har beslutat (inför enheten och beloppet) ------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?ett belopp betalas ut enligt {klausul} för en enhet i år(?![^\n])=$lineTerms : ClauseTerms( clause == "{klausul}" ) Line( clause == "{klausul}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?ett belopp över {tak:[0-9 ,.]+} kr betalas ut enligt {klausul} för en enhet i år(?![^\n])=$lineTerms : ClauseTerms( clause == "{klausul}" ) Line( clause == "{klausul}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount, amount > new BigDecimal( "{tak}" ) )

# ---- Följder: beslutsrader med skäl på svenska -----------------------------------------------------------
[consequence][](?m)^\s*betala {belopp} kr för enheten enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.pay( $year, $subject, new BigDecimal( "{belopp}" ), "Enligt {klausul}: {skäl} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "belopp enligt {klausul}", Figures.decimal( new BigDecimal( "{belopp}" ) ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*betala {belopp} kr enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.pay( $year, new BigDecimal( "{belopp}" ), "Enligt {klausul}: {skäl} (" + $year + ").", new Working( "belopp enligt {klausul}", Figures.decimal( new BigDecimal( "{belopp}" ) ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*betala {pris} kr per {vad} för enheten enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.pay( $year, $subject, $value.multiply( new BigDecimal( "{pris}" ) ), "Enligt {klausul}: {skäl} (" + $subject + ", " + $year + ").", new Working( "{vad} × pris per {vad}", Figures.decimal( $value ) + " × " + Figures.decimal( new BigDecimal( "{pris}" ) ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*ingen ersättning för enheten enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.notAchieved( $year, $subject, "Ingen ersättning enligt {klausul}: {skäl} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "", "" ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*ingen ersättning enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.notAchieved( $year, "Ingen ersättning enligt {klausul}: {skäl} (" + $year + ").", new Working( "", "" ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*året kan inte avräknas för enheten enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.insufficientData( $year, $subject, "Kan inte avräknas enligt {klausul}: {skäl} (" + $subject + ", " + $year + ")." ) ); /* clause {klausul} */
[consequence][](?m)^\s*året kan inte avräknas enligt {klausul} eftersom {skäl}(?![^\n])=insert( $t.insufficientData( $year, "", "Kan inte avräknas enligt {klausul}: {skäl} (" + $year + ")." ) ); /* clause {klausul} */
[consequence][](?m)^\s*innehåll beloppet enligt {klausul} tills {villkor}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {klausul} tills {villkor}: " + Figures.decimal( $amount ) + " kr för " + $subject + " " + $year + ".", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*innehåll beloppet enligt {klausul} eftersom {skäl}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {klausul}: {skäl} (" + $subject + ", " + $year + ").", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*begränsa beloppet till {tak} kr enligt {klausul}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.CAPPED, new BigDecimal( "{tak}" ).subtract( $amount ), "Begränsas enligt {klausul} till " + Figures.decimal( new BigDecimal( "{tak}" ) ) + " kr (" + $subject + ", " + $year + ").", new Working( "tak − belopp", Figures.decimal( new BigDecimal( "{tak}" ) ) + " − " + Figures.decimal( $amount ) ) ) ); /* clause {klausul} */
