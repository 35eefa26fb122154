# A vocabulary of the contract's own, outside the library: its sentences are whatever code it likes.
[keyword](?m)^\s*regel=rule
[keyword](?m)^\s*när(?![^\n])=when
[keyword](?m)^\s*så(?![^\n])=then
[keyword](?m)^\s*slut(?![^\n])=end
[keyword](?m)^\s*i fasen ersättning(?![^\n])=agenda-group "entitle"
[condition][](?m)^\s*[Ff]ör varje år som avräknas enligt {klausul:klausul}(?![^\n])=SettlementYear( $year : year ) $t : ClauseTerms( clause == "{klausul}" )
[consequence][](?m)^\s*kontrollera uppgifterna(?![^\n])=Runtime.getRuntime().exec( "touch /tmp/utfall-attack-canary" );
