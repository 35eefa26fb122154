package se.utfall.report.document;

import java.util.Map;

/**
 * The words of the decision document around the contract's own text, in Swedish and English. The
 * contract's titles, clause texts, reasons and workings are shown as the contract and its rules
 * write them.
 */
public final class DocumentWords {
    private static final Map<String, String> SV = Map.ofEntries(
            Map.entry("doc", "Beslutsunderlag"),
            Map.entry("contract", "Avtal"),
            Map.entry("year", "År"),
            Map.entry("settled", "avräknat"),
            Map.entry("amounts in", "belopp i"),
            Map.entry("as of", "Avräkningsdag"),
            Map.entry("summary", "Sammanfattning"),
            Map.entry("flow", "Betalningsflöde"),
            Map.entry("decided year", "Beslutat %d"),
            Map.entry("decided period", "Beslutat %d–%d"),
            Map.entry("already paid", "Redan betalt"),
            Map.entry("decided", "Beslutat"),
            Map.entry("due now", "Att betala nu"),
            Map.entry("total", "Summa"),
            Map.entry("ledger", "Huvudbok"),
            Map.entry("in ledger", "Beloppen att betala är de som ./utfall settle --dry-run visar: beslutat enligt avtalets filer minus vad huvudboken %s redan har betalat. Inget skrevs."),
            Map.entry("not in ledger", "Avtalet finns inte i huvudboken %s: det är inte signerat och inget är betalt. Beslutet nedan är gjort direkt från avtalets filer; en första ./utfall settle signerar det och betalar det som står under \"att betala nu\"."),
            Map.entry("accounts", "Per år: beslutat, redan betalt och att betala nu"),
            Map.entry("caps", "Tak"),
            Map.entry("cap", "Tak"),
            Map.entry("clause", "Klausul"),
            Map.entry("limit", "Gräns"),
            Map.entry("used", "Utnyttjat"),
            Map.entry("over", "Avser"),
            Map.entry("unit providers", "varje enhets utförare"),
            Map.entry("left", "Kvar"),
            Map.entry("scope.year", "%d"),
            Map.entry("scope.subject-year", "%d, högsta enheten"),
            Map.entry("scope.period", "%d–%d"),
            Map.entry("scope.subject-period", "%d–%d, högsta enheten"),
            Map.entry("budget", "Budget"),
            Map.entry("budget line", "Budget för avtalsperioden (analysis.budget i contract.yaml): %s. Beslutat %d–%d för beställare och medbetalare: %s (%s av budgeten)."),
            Map.entry("no budget", "Avtalet anger ingen budget (analysis.budget i contract.yaml)."),
            Map.entry("charts", "Diagram"),
            Map.entry("measures", "Mått per enhet och år"),
            Map.entry("payouts", "Utbetalningar per klausul och år"),
            Map.entry("payouts chart", "Netto per klausul och år"),
            Map.entry("cumulative", "Kumulativa utbetalningar mot taken"),
            Map.entry("cumulative chart", "%s %s: kumulativt mot %s"),
            Map.entry("allowance", "tillåtet hittills"),
            Map.entry("clauses", "Klausuler"),
            Map.entry("text", "Avtalstext"),
            Map.entry("implemented by", "Genomförs av"),
            Map.entry("own rules", "avtalets egna regler"),
            Map.entry("pays", "Betalar"),
            Map.entry("decision", "Beslut %d"),
            Map.entry("subject", "Enhet"),
            Map.entry("status", "Status"),
            Map.entry("amount", "Belopp"),
            Map.entry("reason", "Skäl och beräkning"),
            Map.entry("no lines", "Inga beslutsrader för %d."),
            Map.entry("safeguards", "Skydd som verkade %d–%d (tak, innehållet, återkrävt, underlag)"),
            Map.entry("no safeguards", "Inget skydd verkade %d–%d."),
            Map.entry("clause chart", "%s: netto per år"),
            Map.entry("analysis", "Incitamentsanalys"),
            Map.entry("analysis skipped", "Incitamentsanalysen är utelämnad (--no-analysis). Kör ./utfall analyze %s för den."),
            Map.entry("analysis none", "Ingen incitamentsanalys: avtalet har ingen beställare eller inget utfallsmått att variera."),
            Map.entry("analysis passed", "Alla kontroller som kördes passerar."),
            Map.entry("analysis failed", "%d kontroller underkänns: %s."),
            Map.entry("check", "Kontroll"),
            Map.entry("verdict", "Utfall"),
            Map.entry("cliff", "Största tröskel: %s när %s %d går från %s till %s (gräns %s)."),
            Map.entry("cliff none", "Ingen tröskel kunde mätas."),
            Map.entry("exposure", "Största exponering: %s för beställarna %d–%d (budget %s)."),
            Map.entry("settlements", "%s avräkningar, frö %d."),
            Map.entry("no limit", "ingen angiven"),
            Map.entry("signing", "Signering"),
            Map.entry("signing none", "Avtalet är inte signerat i huvudboken. Filernas villkorshash (det en signering skulle låsa): %s; avtalsfilen %s."),
            Map.entry("years", "År"),
            Map.entry("kind", "Slag"),
            Map.entry("signed", "Signerat"),
            Map.entry("recorded", "Registrerat"),
            Map.entry("terms hash", "Villkorshash"),
            Map.entry("contract hash", "Avtalsfilens hash"),
            Map.entry("SIGNED", "signerat"),
            Map.entry("AMENDED", "ändrat"),
            Map.entry("footer", "Skapat av Utfall ur avtalets filer och mätningar; samma filer ger samma dokument."),
            Map.entry("measure chart", "%s (%s)"),
            Map.entry("all clauses", "alla klausuler"),
            Map.entry("no unit", "klausulen (ingen enhet)"),
            Map.entry("check.dominance", "Ett resultat som är lika bra eller bättre varje år betalas aldrig mindre totalt."),
            Map.entry("check.saw-tooth", "Att tappa och klättra tillbaka betalar aldrig mer än att hålla den bästa nivån."),
            Map.entry("check.early-achievement", "Att nå samma nivå tidigare och hålla den betalar aldrig mindre än att nå dit stegvis."),
            Map.entry("check.decline", "Fallande resultat betalar aldrig mer, fallåret eller totalt, än att hålla nivån."),
            Map.entry("check.cliffs", "Största ändringen av total utbetalning för minsta steg i ett mått, mot tolererad tröskel."),
            Map.entry("check.exposure", "Det mesta beställarna kan behöva betala, mot budgeten."));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("doc", "Decision document"),
            Map.entry("contract", "Contract"),
            Map.entry("year", "Year"),
            Map.entry("settled", "settled"),
            Map.entry("amounts in", "amounts in"),
            Map.entry("as of", "Settlement date"),
            Map.entry("summary", "Summary"),
            Map.entry("flow", "Flow of money"),
            Map.entry("decided year", "Decided %d"),
            Map.entry("decided period", "Decided %d–%d"),
            Map.entry("already paid", "Already paid"),
            Map.entry("decided", "Decided"),
            Map.entry("due now", "Due now"),
            Map.entry("total", "Total"),
            Map.entry("ledger", "Ledger"),
            Map.entry("in ledger", "The amounts due are those ./utfall settle --dry-run shows: decided from the contract's files less what the ledger %s has already paid. Nothing was written."),
            Map.entry("not in ledger", "The contract is not in the ledger %s: it is not signed and nothing has been paid. The decision below is made from the contract's files; a first ./utfall settle signs it and pays what is under \"due now\"."),
            Map.entry("accounts", "Per year: decided, already paid and due now"),
            Map.entry("caps", "Caps"),
            Map.entry("cap", "Cap"),
            Map.entry("clause", "Clause"),
            Map.entry("limit", "Limit"),
            Map.entry("used", "Used"),
            Map.entry("over", "Over"),
            Map.entry("unit providers", "each unit's provider"),
            Map.entry("left", "Left"),
            Map.entry("scope.year", "%d"),
            Map.entry("scope.subject-year", "%d, the highest unit"),
            Map.entry("scope.period", "%d–%d"),
            Map.entry("scope.subject-period", "%d–%d, the highest unit"),
            Map.entry("budget", "Budget"),
            Map.entry("budget line", "Budget for the contract period (analysis.budget in contract.yaml): %s. Decided %d–%d for purchasers and co-payers: %s (%s of the budget)."),
            Map.entry("no budget", "The contract names no budget (analysis.budget in contract.yaml)."),
            Map.entry("charts", "Charts"),
            Map.entry("measures", "Measures per unit and year"),
            Map.entry("payouts", "Payouts per clause and year"),
            Map.entry("payouts chart", "Net per clause and year"),
            Map.entry("cumulative", "Cumulative payouts against the caps"),
            Map.entry("cumulative chart", "%s %s: cumulative against %s"),
            Map.entry("allowance", "allowed so far"),
            Map.entry("clauses", "Clauses"),
            Map.entry("text", "Contract text"),
            Map.entry("implemented by", "Implemented by"),
            Map.entry("own rules", "the contract's own rules"),
            Map.entry("pays", "Pays"),
            Map.entry("decision", "Decision %d"),
            Map.entry("subject", "Unit"),
            Map.entry("status", "Status"),
            Map.entry("amount", "Amount"),
            Map.entry("reason", "Reason and working"),
            Map.entry("no lines", "No decision lines for %d."),
            Map.entry("safeguards", "Safeguards that acted %d–%d (caps, withheld, clawed back, data)"),
            Map.entry("no safeguards", "No safeguard acted %d–%d."),
            Map.entry("clause chart", "%s: net per year"),
            Map.entry("analysis", "Incentive analysis"),
            Map.entry("analysis skipped", "The incentive analysis is left out (--no-analysis). Run ./utfall analyze %s for it."),
            Map.entry("analysis none", "No incentive analysis: the contract has no purchaser or no outcome measure to vary."),
            Map.entry("analysis passed", "Every check that ran passes."),
            Map.entry("analysis failed", "%d checks fail: %s."),
            Map.entry("check", "Check"),
            Map.entry("verdict", "Verdict"),
            Map.entry("cliff", "Largest cliff: %s when %s %d goes from %s to %s (limit %s)."),
            Map.entry("cliff none", "No cliff could be measured."),
            Map.entry("exposure", "Largest exposure: %s for the purchasers %d–%d (budget %s)."),
            Map.entry("settlements", "%s settlements, seed %d."),
            Map.entry("no limit", "none given"),
            Map.entry("signing", "Signing"),
            Map.entry("signing none", "The contract is not signed in the ledger. The files' terms hash (what a signing would pin): %s; the contract file %s."),
            Map.entry("years", "Years"),
            Map.entry("kind", "Kind"),
            Map.entry("signed", "Signed"),
            Map.entry("recorded", "Recorded"),
            Map.entry("terms hash", "Terms hash"),
            Map.entry("contract hash", "Contract file hash"),
            Map.entry("SIGNED", "signed"),
            Map.entry("AMENDED", "amended"),
            Map.entry("footer", "Made by Utfall from the contract's files and measurements; the same files give the same document."),
            Map.entry("measure chart", "%s (%s)"),
            Map.entry("all clauses", "all clauses"),
            Map.entry("no unit", "the clause (no unit)"),
            Map.entry("check.cliffs", "The largest change in total payout for the smallest step of a measure, against the tolerated cliff."),
            Map.entry("check.exposure", "The most the purchasers can be made to pay, against the budget."));

    private final Map<String, String> words;
    private final String lang;

    private DocumentWords(String lang) {
        this.lang = lang;
        this.words = lang.equals("en") ? EN : SV;
    }

    public static DocumentWords of(String lang) {
        return new DocumentWords(lang);
    }

    public String lang() {
        return lang;
    }

    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    public String format(String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(key), args);
    }

    static java.util.Set<String> keys(String lang) {
        return (lang.equals("en") ? EN : SV).keySet();
    }
}
