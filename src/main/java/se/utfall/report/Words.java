package se.utfall.report;

import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.contract.Language;
import se.utfall.facts.LineStatus;

/**
 * The words around the figures of a statement, in the contract's language: headings, column
 * names, party roles and what each kind of line does to a payment. Reasons and workings come from
 * the clauses themselves. A decision line's status is a word too ({@link #line}: "ej uppnått", "not
 * achieved"); the codes (PAYABLE, CAPPED, ...) stay in JSON and scenario files, which machines read.
 */
public final class Words {
    private static final Map<String, String> SV = Map.ofEntries(
            Map.entry("line PAYABLE", "betalas"),
            Map.entry("line NOT_ACHIEVED", "ej uppnått"),
            Map.entry("line INSUFFICIENT_DATA", "underlag saknas"),
            Map.entry("line CAPPED", "takat"),
            Map.entry("line WITHHELD", "innehållet"),
            Map.entry("line RELEASED", "frisläppt"),
            Map.entry("line CLAWED_BACK", "återkrävt"),
            Map.entry("line NOT_COUNTED", "ej räknat"),
            Map.entry("line NOT_DUE", "ej förfallet"),
            Map.entry("line PENDING", "väntar"),
            Map.entry("implemented by", "Genomförs av"),
            Map.entry("clause family", "klausulfamiljen"),
            Map.entry("own rules", "avtalets egna regler"),
            Map.entry("pays", "Betalar"),
            Map.entry("contract text", "Avtalstext"),
            Map.entry("parameters", "Parametrar"),
            Map.entry("row", "rad"),
            Map.entry("reason", "skäl"),
            Map.entry("working", "uträkning"),
            Map.entry("decided by rule", "beslutat av regeln \"%s\" (%s, fas %s)"),
            Map.entry("net year", "netto %d"),
            Map.entry("rules fired", "regler som slog till:"),
            Map.entry("on fact", "på"),
            Map.entry("clause total", "Summa för %s %d–%d: %s %s"),
            Map.entry("terms in force", "Villkor i kraft %s: %s, som huvudboken har dem."),
            Map.entry("decided under", "=== %s: beslutat enligt %s ==="),
            Map.entry("terms signed", "villkoren signerade %s (%s)"),
            Map.entry("amendment recorded", "ändring %d, registrerad %s (%s)"),
            Map.entry("history of", "Historik för %s i huvudboken %s"),
            Map.entry("signed terms", "Signerade villkor"),
            Map.entry("not signed", "(inte signerat: första avräkningen signerar det)"),
            Map.entry("SIGNED", "signerat"),
            Map.entry("AMENDED", "ändrat"),
            Map.entry("signature row", "i kraft från %d · %d filer · sha256 %s… · %s"),
            Map.entry("runs", "Körningar"),
            Map.entry("recorded", "registrerad"),
            Map.entry("as of", "t.o.m."),
            Map.entry("terms (years:signing)", "villkor (år:signering)"),
            Map.entry("measurements", "mätvärden"),
            Map.entry("rows", "rader"),
            Map.entry("lines", "rader"),
            Map.entry("payments", "betalningar"),
            Map.entry("paid by run", "betalt i körningen"),
            Map.entry("no runs", "(inga körningar: avräkna avtalet för att registrera en)"),
            Map.entry("by", "av %s på %s, utfall %s: %s"),
            Map.entry("by unknown", "av: inte registrerat (körningen skrevs innan Utfall registrerade vem som körde)"),
            Map.entry("reruns", "Omkörningar utan nytt (registrerade utan kopia av körningen)"),
            Map.entry("check", "kontroll"),
            Map.entry("nothing new since run", "inget nytt sedan körning %d"),
            Map.entry("payments per year", "Betalningar per år"),
            Map.entry("none", "(inga)"),
            Map.entry("paid in all for the year", "betalt totalt för året"),
            Map.entry("PAYMENT", "betalning"),
            Map.entry("ADJUSTMENT", "justering"),
            Map.entry("contract", "Avtal"),
            Map.entry("settled", "avräknat"),
            Map.entry("amounts in", "belopp i"),
            Map.entry("no decisions", "(inga beslut: ingen klausul gällde året)"),
            Map.entry("total", "Summa"),
            Map.entry("parties", "Parter"),
            Map.entry("paid", "betalat"),
            Map.entry("received", "mottaget"),
            Map.entry("net", "netto"),
            Map.entry("money between", "Pengar mellan parterna"),
            Map.entry("decided per flow", "Beslutat per betalningsflöde"),
            Map.entry("ledger", "Huvudbok"),
            Map.entry("dry run", "provkörning: inget skrevs"),
            Map.entry("run", "körning"),
            Map.entry("decided", "beslutat"),
            Map.entry("already paid", "redan betalt"),
            Map.entry("due now", "att betala nu"),
            Map.entry("would make", "Betalningar som körningen skulle göra, netto per mottagare och år"),
            Map.entry("made", "Betalningar som körningen gjorde, netto per mottagare och år"),
            Map.entry("nothing new", "Inget nytt att betala: varje år till och med %d är betalt som beslutat."),
            Map.entry("nothing new now", "Inget nytt att betala nu."),
            Map.entry("paid as decided", "Betalt som beslutat: %s."),
            Map.entry("no year paid", "Inget år till och med %d är helt betalt än."),
            Map.entry("pending", "Väntar (kan ännu betalas eller justeras av en senare körning):"),
            Map.entry("withheld under", "%s innehållet enligt %s"),
            Map.entry("insufficient under", "underlag saknas enligt %s"),
            Map.entry("unpublished under", "siffran är inte publicerad än enligt %s"),
            Map.entry("not decided", "inte beslutat än: inget beslut för året"),
            Map.entry("rerun check", "inget nytt sedan körning %d: sparat som kontroll %d (vem, när; ingen kopia av körningen)"),
            Map.entry("NOT_DUE", "ej förfallet"),
            Map.entry("PENDING", "väntar"),
            Map.entry("paid before", "tidigare betalt"),
            Map.entry("adjustment", "justering"),
            Map.entry("purchaser", "beställare"),
            Map.entry("provider", "utförare"),
            Map.entry("investor", "investerare"),
            Map.entry("validator", "validerare"),
            Map.entry("co-payer", "medbetalare"),
            Map.entry("intermediary", "intermediär"),
            Map.entry("PAYABLE", "brutto"),
            Map.entry("CAPPED", "takat"),
            Map.entry("WITHHELD", "innehållet"),
            Map.entry("RELEASED", "frisläppt"),
            Map.entry("CLAWED_BACK", "återkrävt"),
            Map.entry("NOT_COUNTED", "ej räknat"),
            Map.entry("NOT_ACHIEVED", "ej uppnått"),
            Map.entry("INSUFFICIENT_DATA", "underlag saknas"));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("line PAYABLE", "payable"),
            Map.entry("line NOT_ACHIEVED", "not achieved"),
            Map.entry("line INSUFFICIENT_DATA", "data insufficient"),
            Map.entry("line CAPPED", "capped"),
            Map.entry("line WITHHELD", "withheld"),
            Map.entry("line RELEASED", "released"),
            Map.entry("line CLAWED_BACK", "clawed back"),
            Map.entry("line NOT_COUNTED", "not counted"),
            Map.entry("line NOT_DUE", "not due"),
            Map.entry("line PENDING", "pending"),
            Map.entry("implemented by", "Implemented by"),
            Map.entry("clause family", "clause family"),
            Map.entry("own rules", "the contract's own rules"),
            Map.entry("pays", "Pays"),
            Map.entry("contract text", "Contract text"),
            Map.entry("parameters", "Parameters"),
            Map.entry("row", "row"),
            Map.entry("reason", "reason"),
            Map.entry("working", "working"),
            Map.entry("decided by rule", "decided by rule \"%s\" (%s, phase %s)"),
            Map.entry("net year", "net %d"),
            Map.entry("rules fired", "rules fired:"),
            Map.entry("on fact", "on"),
            Map.entry("clause total", "Total for %s %d–%d: %s %s"),
            Map.entry("terms in force", "Terms in force %s: %s, as the ledger holds them."),
            Map.entry("decided under", "=== %s: decided under %s ==="),
            Map.entry("terms signed", "the terms signed %s (%s)"),
            Map.entry("amendment recorded", "amendment %d, recorded %s (%s)"),
            Map.entry("history of", "History of %s in ledger %s"),
            Map.entry("signed terms", "Signed terms"),
            Map.entry("not signed", "(not signed: the first settle signs it)"),
            Map.entry("SIGNED", "signed"),
            Map.entry("AMENDED", "amended"),
            Map.entry("signature row", "in force from %d · %d files · sha256 %s… · %s"),
            Map.entry("runs", "Runs"),
            Map.entry("recorded", "recorded"),
            Map.entry("as of", "as of"),
            Map.entry("terms (years:signing)", "terms (years:signing)"),
            Map.entry("measurements", "measurements"),
            Map.entry("rows", "rows"),
            Map.entry("lines", "lines"),
            Map.entry("payments", "payments"),
            Map.entry("paid by run", "paid by run"),
            Map.entry("no runs", "(no runs: settle the contract to record one)"),
            Map.entry("by", "by %s on %s, utfall %s: %s"),
            Map.entry("by unknown", "by: not recorded (run written before Utfall recorded who ran it)"),
            Map.entry("reruns", "Reruns that found nothing new (recorded without copying the run)"),
            Map.entry("check", "check"),
            Map.entry("nothing new since run", "nothing new since run %d"),
            Map.entry("payments per year", "Payments per year"),
            Map.entry("none", "(none)"),
            Map.entry("paid in all for the year", "paid in all for the year"),
            Map.entry("PAYMENT", "payment"),
            Map.entry("ADJUSTMENT", "adjustment"),
            Map.entry("contract", "Contract"),
            Map.entry("settled", "settled"),
            Map.entry("amounts in", "amounts in"),
            Map.entry("no decisions", "(no decisions: no clause applied this year)"),
            Map.entry("total", "Total"),
            Map.entry("parties", "Parties"),
            Map.entry("paid", "paid"),
            Map.entry("received", "received"),
            Map.entry("net", "net"),
            Map.entry("money between", "Money between the parties"),
            Map.entry("decided per flow", "Decided per flow of money"),
            Map.entry("ledger", "Ledger"),
            Map.entry("dry run", "dry run: nothing was written"),
            Map.entry("run", "run"),
            Map.entry("decided", "decided"),
            Map.entry("already paid", "already paid"),
            Map.entry("due now", "due now"),
            Map.entry("would make", "Payments this run would make, net per payee and year"),
            Map.entry("made", "Payments this run made, net per payee and year"),
            Map.entry("nothing new", "Nothing new to pay: every year up to %d is paid as decided."),
            Map.entry("nothing new now", "Nothing new to pay now."),
            Map.entry("paid as decided", "Paid as decided: %s."),
            Map.entry("no year paid", "No year up to %d is fully paid yet."),
            Map.entry("pending", "Pending (may still be paid or adjusted by a later run):"),
            Map.entry("withheld under", "%s withheld under %s"),
            Map.entry("insufficient under", "data insufficient under %s"),
            Map.entry("unpublished under", "figure not yet published under %s"),
            Map.entry("not decided", "not decided yet: no decision for it"),
            Map.entry("rerun check", "nothing new since run %d: recorded as rerun check %d (who, when; no copy of the run)"),
            Map.entry("NOT_DUE", "not due"),
            Map.entry("PENDING", "pending"),
            Map.entry("paid before", "paid before"),
            Map.entry("adjustment", "adjustment"),
            Map.entry("purchaser", "purchaser"),
            Map.entry("provider", "provider"),
            Map.entry("investor", "investor"),
            Map.entry("validator", "validator"),
            Map.entry("co-payer", "co-payer"),
            Map.entry("intermediary", "intermediary"),
            Map.entry("PAYABLE", "gross"),
            Map.entry("CAPPED", "capped"),
            Map.entry("WITHHELD", "withheld"),
            Map.entry("RELEASED", "released"),
            Map.entry("CLAWED_BACK", "clawed back"),
            Map.entry("NOT_COUNTED", "not counted"),
            Map.entry("NOT_ACHIEVED", "not achieved"),
            Map.entry("INSUFFICIENT_DATA", "data insufficient"));

    private final Map<String, String> words;
    private final Language language;

    private Words(Language language) {
        this.language = language;
        this.words = language == Language.EN ? EN : SV;
    }

    public static Words of(Language language) {
        return new Words(language == Language.EN ? Language.EN : Language.SV);
    }

    public Language language() {
        return language;
    }

    public static Words of(Contract contract) {
        return of(contract.language());
    }

    /** The word for {@code key}; a key without a word is a programming error, shown as itself. */
    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    /** What a kind of amount does to a payment, in a payment's breakdown ("brutto", "takat"). */
    public String status(LineStatus status) {
        return get(status.name());
    }

    /** A decision line's status as a word of the contract's language ("betalas", "ej uppnått"). */
    public String line(LineStatus status) {
        return get("line " + status.name());
    }

    /** The word for {@code key} with its %s / %d filled in. */
    public String format(String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(key), args);
    }

    /** A party's role as the contract's language names it. */
    public String role(String role) {
        return get(role);
    }
}
