# Utfall: svenskt regelspråk för avtalets egna villkor (.dslr). Se README, "Writing and changing clauses".
#
# Varje rad är en mening som får skrivas i en .dslr-fil och den DRL den står för. Varje lucka i en mening
# har en typ, {namn:typ}, och det som står i luckan prövas mot typen innan något blir regelkod:
#   {klausul:klausul}  avtalets klausul-id, t.ex. §5.3 (måste finnas i contract.yaml)
#   {mått:mått}        avtalets mått-id, t.ex. nojdhet (måste finnas under measures i contract.yaml)
#   {gräns:tal}, {förändring:tal}    tal skrivna som i avtalet: 50 000 eller 90,5 (ingen exponent, högst 12 siffror)
#   {belopp:belopp}, {pris:belopp}, {tak:belopp}  belopp i kronor, högst två decimaler: 50 000 eller 1 250,50
#   {antal:antal}      ett heltal: 30
#   {part:part}        en part i avtalet, med sitt id eller namn som i contract.yaml (t.ex. Socialstyrelsen)
#   {skäl:text}, {villkor:text}, {vad:text}  egna ord; de blir en del av beslutsradens skäl och får inte
#                      innehålla citattecken, bakstreck, $, { }, // eller /* */
# Typerna (svenska eller engelska namn): tal/number, belopp/amount, antal/count, mått/measure,
# klausul/clause, part/party, fas/phase, text. En lucka utan typ är ett fel i ordlistan.
# En text-lucka får bara stå inom citattecken i DRL:en.
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
[condition][](?m)^\s*[Ff]ör varje år som avräknas enligt {klausul:klausul}(?![^\n])=SettlementYear( $year : year ) $t : ClauseTerms( clause == "{klausul}" )

# ---- Årets värde för en enhet (inför enheten och värdet) ----------------------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för en enhet har mätts i år(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för en enhet i år är minst {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value >= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för en enhet i år är högst {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value <= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för en enhet i år är över {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value > new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för en enhet i år är under {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, $value : value, value < new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för en enhet har mätts förra året men saknas i år(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, $subject : subject ) not Measurement( measure == "{mått}", year == $year, subject == $subject )

# ---- Årets värde för enheten (syftar tillbaka) --------------------------------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är minst {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, value >= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är högst {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, value <= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är under {gräns:tal}(?: procent| %| personer)?(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, value < new BigDecimal( "{gräns}" ) )

# ---- Verifiering och underlag ---------------------------------------------------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är (?:verifierat|validerat) av {part:part}(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, verifiedBy == "{part}" )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år (?:inte är|är inte) (?:verifierat|validerat) av {part:part}(?![^\n])=not Measurement( measure == "{mått}", year == $year, subject == $subject, verifiedBy == "{part}" )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år har minst {antal:antal} svarande(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, respondents != null, respondents >= {antal} )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år har färre än {antal:antal} svarande(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, respondents == null || respondents < {antal} )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år har en svarsfrekvens på minst {gräns:tal} procent(?![^\n])=Measurement( measure == "{mått}", year == $year, subject == $subject, responseRate != null, responseRate >= new BigDecimal( "{gräns}" ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} saknas i år(?![^\n])=not Measurement( measure == "{mått}", year == $year )

# ---- Jämförelser med tidigare år (efter en mening som inför enheten och årets värde) ---------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är högre än förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value < $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är lägre än förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value > $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år (?:inte är|är inte) lägre än förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject, value > $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år (?:inte är|är inte) högre än förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject, value < $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten har ökat med minst {förändring:tal}(?: procentenheter| procentenhet| personer)? sedan förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value <= $value.subtract( new BigDecimal( "{förändring}" ) ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten har minskat med minst {förändring:tal}(?: procentenheter| procentenhet| personer)? sedan förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject, $previousValue : value, value >= $value.add( new BigDecimal( "{förändring}" ) ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten (?:har inte|inte har) ökat med minst {förändring:tal}(?: procentenheter| procentenhet| personer)? sedan förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject, value <= $value.subtract( new BigDecimal( "{förändring}" ) ) )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten har mätts förra året(?![^\n])=Measurement( measure == "{mått}", year == $year - 1, subject == $subject )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är högre än alla tidigare år(?![^\n])=not Measurement( measure == "{mått}", year < $year, subject == $subject, value >= $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten i år är lägre än alla tidigare år(?![^\n])=not Measurement( measure == "{mått}", year < $year, subject == $subject, value <= $value )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?{mått:mått} för enheten saknas förra året(?![^\n])=not Measurement( measure == "{mått}", year == $year - 1, subject == $subject )

# ---- Belopp som en annan klausul har beslutat (inför enheten och beloppet) ------------------------------
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?ett belopp betalas ut enligt {klausul:klausul} för en enhet i år(?![^\n])=$lineTerms : ClauseTerms( clause == "{klausul}" ) Line( clause == "{klausul}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount )
[condition][](?m)^\s*(?:[Oo]m |[Oo]ch )?ett belopp över {tak:belopp} kr betalas ut enligt {klausul:klausul} för en enhet i år(?![^\n])=$lineTerms : ClauseTerms( clause == "{klausul}" ) Line( clause == "{klausul}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount, amount > new BigDecimal( "{tak}" ) )

# ---- Följder: beslutsrader med skäl på svenska -----------------------------------------------------------
[consequence][](?m)^\s*betala {belopp:belopp} kr för enheten enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.pay( $year, $subject, new BigDecimal( "{belopp}" ), "Enligt {klausul}: {skäl} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "belopp enligt {klausul}", Figures.decimal( new BigDecimal( "{belopp}" ) ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*betala {belopp:belopp} kr enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.pay( $year, new BigDecimal( "{belopp}" ), "Enligt {klausul}: {skäl} (" + $year + ").", new Working( "belopp enligt {klausul}", Figures.decimal( new BigDecimal( "{belopp}" ) ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*betala {pris:belopp} kr per {vad:text} för enheten enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.pay( $year, $subject, $value.multiply( new BigDecimal( "{pris}" ) ), "Enligt {klausul}: {skäl} (" + $subject + ", " + $year + ").", new Working( "{vad} × pris per {vad}", Figures.decimal( $value ) + " × " + Figures.decimal( new BigDecimal( "{pris}" ) ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*ingen ersättning för enheten enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.notAchieved( $year, $subject, "Ingen ersättning enligt {klausul}: {skäl} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "", "" ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*ingen ersättning enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.notAchieved( $year, "Ingen ersättning enligt {klausul}: {skäl} (" + $year + ").", new Working( "", "" ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*året kan inte avräknas för enheten enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.insufficientData( $year, $subject, "Kan inte avräknas enligt {klausul}: {skäl} (" + $subject + ", " + $year + ")." ) ); /* clause {klausul} */
[consequence][](?m)^\s*året kan inte avräknas enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $t.insufficientData( $year, "", "Kan inte avräknas enligt {klausul}: {skäl} (" + $year + ")." ) ); /* clause {klausul} */
[consequence][](?m)^\s*innehåll beloppet enligt {klausul:klausul} tills {villkor:text}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {klausul} tills {villkor}: " + Figures.decimal( $amount ) + " kr för " + $subject + " " + $year + ".", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*innehåll beloppet enligt {klausul:klausul} eftersom {skäl:text}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {klausul}: {skäl} (" + $subject + ", " + $year + ").", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {klausul} */
[consequence][](?m)^\s*begränsa beloppet till {tak:belopp} kr enligt {klausul:klausul}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.CAPPED, new BigDecimal( "{tak}" ).subtract( $amount ), "Begränsas enligt {klausul} till " + Figures.decimal( new BigDecimal( "{tak}" ) ) + " kr (" + $subject + ", " + $year + ").", new Working( "tak − belopp", Figures.decimal( new BigDecimal( "{tak}" ) ) + " − " + Figures.decimal( $amount ) ) ) ); /* clause {klausul} */
