# Utfall: English rule language for a contract's own clauses (.dslr). See README, "Writing and changing clauses".
#
# Each line is a sentence that may be written in a .dslr file, and the DRL it stands for. Words:
#   {clause}   the contract's clause id, e.g. §5.3 (must be in contract.yaml)
#   {measure}  the contract's measure id, e.g. nojdhet (must be under measures in contract.yaml)
#   {limit}, {amount}, {price}, {cap}, {change}  numbers as the contract writes them: 50 000 or 90.5
#   {party}    who verified the figure, as in the verified_by column, e.g. Socialstyrelsen
#   {reason}, {until}  your own words; they become part of the decision line's reason (no quotation marks)
# "a unit" introduces the unit (subject: a home-care unit, a cohort); "the unit" refers back to it.
# The reasons Utfall writes around your words stay Swedish, like every decision line.

# ---- Rule phase (rule/when/then/end are written as they are) -----------------------------------------
[keyword](?m)^\s*in phase derive(?![^\n])=agenda-group "derive"
[keyword](?m)^\s*in phase entitle(?![^\n])=agenda-group "entitle"
[keyword](?m)^\s*in phase safeguard(?![^\n])=agenda-group "safeguard"
[keyword](?m)^\s*in phase limit(?![^\n])=agenda-group "limit"
[keyword](?m)^\s*in phase finalize(?![^\n])=agenda-group "finalize"

# ---- The year and the clause: the first condition of every rule -----------------------------------------
[condition][](?m)^\s*[Ff]or each year settled under {clause}(?![^\n])=SettlementYear( $year : year ) $t : ClauseTerms( clause == "{clause}" )

# ---- This year's value for a unit (introduces the unit and the value) -------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for a unit was measured this year(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for a unit this year is at least {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value >= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for a unit this year is at most {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value <= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for a unit this year is above {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value > new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for a unit this year is below {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, $subject : subject, $value : value, value < new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for a unit was measured last year but is missing this year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, $subject : subject ) not Measurement( measure == "{measure}", year == $year, subject == $subject )

# ---- This year's value for the unit (refers back) ---------------------------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is at least {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, value >= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is at most {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, value <= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is below {limit:[0-9 ,.]+}(?: percent| %| persons| people)?(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, value < new BigDecimal( "{limit}" ) )

# ---- Verification and evidence ------------------------------------------------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is (?:verified|validated) by {party}(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, verifiedBy == "{party}" )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is not (?:verified|validated) by {party}(?![^\n])=not Measurement( measure == "{measure}", year == $year, subject == $subject, verifiedBy == "{party}" )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year has at least {count:[0-9]+} respondents(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, respondents != null, respondents >= {count} )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year has fewer than {count:[0-9]+} respondents(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, respondents == null || respondents < {count} )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year has a response rate of at least {limit:[0-9 ,.]+} percent(?![^\n])=Measurement( measure == "{measure}", year == $year, subject == $subject, responseRate != null, responseRate >= new BigDecimal( "{limit}" ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} is missing this year(?![^\n])=not Measurement( measure == "{measure}", year == $year )

# ---- Comparisons with earlier years (after a sentence that introduces the unit and this year's value) -------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is higher than last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value < $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is lower than last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value > $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is not lower than last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject, value > $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is not higher than last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject, value < $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit has risen by at least {change:[0-9 ,.]+}(?: percentage points| percentage point| persons| people)? since last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value <= $value.subtract( new BigDecimal( "{change}" ) ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit has fallen by at least {change:[0-9 ,.]+}(?: percentage points| percentage point| persons| people)? since last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject, $previousValue : value, value >= $value.add( new BigDecimal( "{change}" ) ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit has not risen by at least {change:[0-9 ,.]+}(?: percentage points| percentage point| persons| people)? since last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject, value <= $value.subtract( new BigDecimal( "{change}" ) ) )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit was measured last year(?![^\n])=Measurement( measure == "{measure}", year == $year - 1, subject == $subject )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is higher than in every earlier year(?![^\n])=not Measurement( measure == "{measure}", year < $year, subject == $subject, value >= $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit this year is lower than in every earlier year(?![^\n])=not Measurement( measure == "{measure}", year < $year, subject == $subject, value <= $value )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?{measure:[a-z0-9_]+} for the unit is missing last year(?![^\n])=not Measurement( measure == "{measure}", year == $year - 1, subject == $subject )

# ---- Amounts another clause decided (introduces the unit and the amount) ------------------------------------
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?an amount is paid under {clause} for a unit this year(?![^\n])=$lineTerms : ClauseTerms( clause == "{clause}" ) Line( clause == "{clause}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount )
[condition][](?m)^\s*(?:[Ii]f |[Aa]nd )?an amount above {cap:[0-9 ,.]+} (?:kr|SEK) is paid under {clause} for a unit this year(?![^\n])=$lineTerms : ClauseTerms( clause == "{clause}" ) Line( clause == "{clause}", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount, amount > new BigDecimal( "{cap}" ) )

# ---- Consequences: decision lines -------------------------------------------------------------------------
[consequence][](?m)^\s*pay {amount} (?:kr|SEK) for the unit under {clause} because {reason}(?![^\n])=insert( $t.pay( $year, $subject, new BigDecimal( "{amount}" ), "Enligt {clause}: {reason} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "belopp enligt {clause}", Figures.decimal( new BigDecimal( "{amount}" ) ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*pay {amount} (?:kr|SEK) under {clause} because {reason}(?![^\n])=insert( $t.pay( $year, new BigDecimal( "{amount}" ), "Enligt {clause}: {reason} (" + $year + ").", new Working( "belopp enligt {clause}", Figures.decimal( new BigDecimal( "{amount}" ) ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*pay {price} (?:kr|SEK) per {what} for the unit under {clause} because {reason}(?![^\n])=insert( $t.pay( $year, $subject, $value.multiply( new BigDecimal( "{price}" ) ), "Enligt {clause}: {reason} (" + $subject + ", " + $year + ").", new Working( "{what} × pris per {what}", Figures.decimal( $value ) + " × " + Figures.decimal( new BigDecimal( "{price}" ) ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*no payment for the unit under {clause} because {reason}(?![^\n])=insert( $t.notAchieved( $year, $subject, "Ingen ersättning enligt {clause}: {reason} (" + $subject + " " + $year + ": uppmätt värde " + Figures.decimal( $value ) + ").", new Working( "", "" ) ) ); /* clause {clause} */
[consequence][](?m)^\s*no payment under {clause} because {reason}(?![^\n])=insert( $t.notAchieved( $year, "Ingen ersättning enligt {clause}: {reason} (" + $year + ").", new Working( "", "" ) ) ); /* clause {clause} */
[consequence][](?m)^\s*the year cannot be settled for the unit under {clause} because {reason}(?![^\n])=insert( $t.insufficientData( $year, $subject, "Kan inte avräknas enligt {clause}: {reason} (" + $subject + ", " + $year + ")." ) ); /* clause {clause} */
[consequence][](?m)^\s*the year cannot be settled under {clause} because {reason}(?![^\n])=insert( $t.insufficientData( $year, "", "Kan inte avräknas enligt {clause}: {reason} (" + $year + ")." ) ); /* clause {clause} */
[consequence][](?m)^\s*withhold the amount under {clause} until {until}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {clause} tills {until}: " + Figures.decimal( $amount ) + " kr för " + $subject + " " + $year + ".", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*withhold the amount under {clause} because {reason}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(), "Innehålls enligt {clause}: {reason} (" + $subject + ", " + $year + ").", new Working( "−belopp som innehålls", Figures.decimal( $amount.negate() ) ) ) ); /* clause {clause} */
[consequence][](?m)^\s*limit the amount to {cap} (?:kr|SEK) under {clause}(?![^\n])=insert( $lineTerms.adjust( $year, $subject, LineStatus.CAPPED, new BigDecimal( "{cap}" ).subtract( $amount ), "Begränsas enligt {clause} till " + Figures.decimal( new BigDecimal( "{cap}" ) ) + " kr (" + $subject + ", " + $year + ").", new Working( "tak − belopp", Figures.decimal( new BigDecimal( "{cap}" ) ) + " − " + Figures.decimal( $amount ) ) ) ); /* clause {clause} */
