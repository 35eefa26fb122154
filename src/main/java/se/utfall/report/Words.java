package se.utfall.report;

import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.contract.Language;
import se.utfall.facts.LineStatus;

/**
 * The words around the figures of a statement, in the contract's language: headings, column
 * names, party roles and what each kind of line does to a payment. Reasons and workings come from
 * the clauses themselves; status codes (PAYABLE, CAPPED, ...) stay as they are, because scripts and
 * scenario files name them.
 */
public final class Words {
    private static final Map<String, String> SV = Map.ofEntries(
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

    private Words(Map<String, String> words) {
        this.words = words;
    }

    public static Words of(Language language) {
        return new Words(language == Language.EN ? EN : SV);
    }

    public static Words of(Contract contract) {
        return of(contract.language());
    }

    /** The word for {@code key}; a key without a word is a programming error, shown as itself. */
    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    public String status(LineStatus status) {
        return get(status.name());
    }

    /** A party's role as the contract's language names it. */
    public String role(String role) {
        return get(role);
    }
}
