# Utfall: English rule language for a contract's own clauses (.dslr). See README, "Writing and changing clauses".
#
# Each line is a sentence that may be written in a .dslr file, and the DRL it stands for. Every slot of a
# sentence has a type, {name:type}, and what a contract writes there is checked against it before anything
# becomes rule code:
#   {clause:clause}    the contract's clause id, e.g. §5.3 (must be in contract.yaml)
#   {measure:measure}  the contract's measure id, e.g. nojdhet (must be under measures in contract.yaml)
#   {limit:number}, {change:number}  numbers as the contract writes them: 50 000 or 90.5 (no exponent, at most 12 digits)
#   {amount:amount}, {price:amount}, {cap:amount}  amounts in kronor, at most two decimals: 50 000 or 1 250.50
#   {count:count}      a whole number: 30
#   {party:party}      a party of the contract, by its id or name as in contract.yaml (e.g. Socialstyrelsen)
#   {reason:text}, {until:text}, {what:text}  your own words; they become part of the decision line's reason
#                      and may not contain quotation marks, backslashes, $, { }, // or /* */
# The types: number, amount, count, measure, clause, party, phase, text (or their Swedish names). A slot
# without a type is an error in the vocabulary. A text slot may only stand inside quotation marks in the DRL.
# "a unit" introduces the unit (subject: a home-care unit, a cohort); "the unit" refers back to it.
# The reasons Utfall writes around your words stay Swedish, like every decision line.

# ---- Rule phase (rule/when/then/end are written as they are) -----------------------------------------
[keyword](?m)^\s*in phase derive(?![^\n])=agenda-group "derive"
[keyword](?m)^\s*in phase entitle(?![^\n])=agenda-group "entitle"
[keyword](?m)^\s*in phase safeguard(?![^\n])=agenda-group "safeguard"
[keyword](?m)^\s*in phase limit(?![^\n])=agenda-group "limit"
[keyword](?m)^\s*in phase finalize(?![^\n])=agenda-group "finalize"

# ---- The year and the clause: the first condition of every rule -----------------------------------------
[condition][](?m)^\s*[Ff]or each year settled under {clause:clause}(?![^\n])=SettlementYear( $year : year ) $t : ClauseTerms( clause == "{clause}" )

# ---- This year's value for a unit (introduces the unit and the value) -------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for a unit was measured this year(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for a unit this year is at least {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value >= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for a unit this year is at most {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value <= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for a unit this year is above {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value > new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for a unit this year is below {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value < new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for a unit was measured last year but is missing this year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, $subject : subject ) not Measurement( measure == "{measure}", year == $year, subject == $subject )

# ---- This year's value for the unit (refers back) ---------------------------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is at least {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, value >= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is at most {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, value <= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is below {limit:number}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, value < new BigDecimal( "{limit}" ) )

# ---- Verification and evidence ------------------------------------------------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is (?:verified|validated) by {party:party}(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, verifiedBy == "{party}" )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is not (?:verified|validated) by {party:party}(?![^\n])=not Measurement( measure == "{measure}", year == $year, subject == $subject, verifiedBy == "{party}" )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year has at least {count:count} respondents(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, respondents != null, respondents >= {count} )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year has fewer than {count:count} respondents(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, respondents == null || respondents < {count} )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year has a response rate of at least {limit:number} percent(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, responseRate != null, responseRate >= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} is missing this year(?![^\n])=not Measurement( measure == "{measure}", year == $year )

# ---- Comparisons with earlier years (after a sentence that introduces the unit and this year's value) -------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is higher than last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value < $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is lower than last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value > $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is not lower than last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject, value > $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is not higher than last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject, value < $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit has risen by at least {change:number}(?: percentage points| percentage point| persons| people)? since last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value <= $value.subtract( new BigDecimal( "{change}" ) ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit has fallen by at least {change:number}(?: percentage points| percentage point| persons| people)? since last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value >= $value.add( new BigDecimal( "{change}" ) ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit has not risen by at least {change:number}(?: percentage points| percentage point| persons| people)? since last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject, value <= $value.subtract( new BigDecimal( "{change}" ) ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit was measured last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is higher than in every earlier year(?![^\n])=not Measurement( measure == "{measure}", year < $year, subject == $subject, value >= $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit this year is lower than in every earlier year(?![^\n])=not Measurement( measure == "{measure}", year < $year, subject == $subject, value <= $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:measure} for the unit is missing last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject )

# ---- Amounts another clause decided (introduces the unit and the amount) ------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?an amount is paid under {clause:clause} for a unit this year(?![^\n])=$lineTerms : ClauseTerms( clause == "{clause}" ) Line( clause == "{clause}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?an amount above {cap:amount} (?:kr|SEK) is paid under {clause:clause} for a unit this year(?![^\n])=$lineTerms : ClauseTerms( clause == "{clause}" ) Line( clause == "{clause}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount, amount > new BigDecimal( "{cap}" ) )

# ---- Consequences: decision lines -------------------------------------------------------------------------
[consequence][](?m)^\s*pay {amount:amount} (?:kr|SEK) for the unit under {clause:clause} because {reason:text}(?![^\n])=insert( $t.pay( $year, $subject, new BigDecimal( "{amount}" ), "Enligt {clause}: {reason} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "belopp enligt {clause}", Figures.decimal( new BigDecimal( "{amount}" ) ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*pay {amount:amount} (?:kr|SEK) under {clause:clause} because {reason:text}(?![^\n])=insert( $t.pay( $year, new BigDecimal( "{amount}" ), "Enligt {clause}: {reason} (" + $year + ").", new Working( "belopp enligt {clause}", Figures.decimal( new BigDecimal( "{amount}" ) ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*pay {price:amount} (?:kr|SEK) per {what:text} for the unit under {clause:clause} because {reason:text}(?![^\n])=insert( $t.pay( $year, $subject, $value.multiply( new BigDecimal( "{price}" ) ), "Enligt {clause}: {reason} (" + $subject + ", " + $year + ").", new Working( "{what} × pris per {what}", Figures.decimal( $value ) + " × " + Figures.decimal( new BigDecimal( "{price}" ) ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*no payment for the unit under {clause:clause} because {reason:text}(?![^\n])=insert( $t.notAchieved( $year, $subject, "Ingen ersättning enligt {clause}: {reason} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "", "" ) ) ); /* clause {clause} */
[consequence][](?m)^\s*no payment under {clause:clause} because {reason:text}(?![^\n])=insert( $t.notAchieved( $year, "Ingen ersättning enligt {clause}: {reason} (" + $year + ").", new Working( "", "" ) ) ); /* clause {clause} */
[consequence][](?m)^\s*the year cannot be settled for the unit under {clause:clause} because {reason:text}(?![^\n])=insert( $t.insufficientData( $year, $subject, "Kan inte avräknas enligt {clause}: {reason} (" + $subject + ", " + $year + ")." ) ); /* clause {clause} */
[consequence][](?m)^\s*the year cannot be settled under {clause:clause} because {reason:text}(?![^\n])=insert( $t.insufficientData( $year, "", "Kan inte avräknas enligt {clause}: {reason} (" + $year + ")." ) ); /* clause {clause} */
[consequence][](?m)^\s*withhold the amount under {clause:clause} until {until:text}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {clause} tills {until}: " + Figures.decimal( $amount ) + " kr för " + $subject + " " + $year + ".", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*withhold the amount under {clause:clause} because {reason:text}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {clause}: {reason} (" + $subject + ", " + $year + ").", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*limit the amount to {cap:amount} (?:kr|SEK) under {clause:clause}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.CAPPED, new BigDecimal( "{cap}" ).subtract( $amount ), "Begränsas enligt {clause} till " + Figures.decimal( new BigDecimal( "{cap}" ) ) + " kr (" + $subject + ", " + $year + ").", new Working( "tak − belopp", Figures.decimal( new BigDecimal( "{cap}" ) ) + " − " + Figures.decimal( $amount ) ) ) ); /* clause {clause} */
