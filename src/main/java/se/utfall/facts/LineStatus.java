package se.utfall.facts;

/**
 * What a decision line means for the money. The first is the gross entitlement; the others are
 * adjustments that explain why the net differs from it.
 */
public enum LineStatus {
    /** An amount the clause entitles a party to. */
    PAYABLE,
    /** The clause was assessed and its condition was not met: zero, with the reason. */
    NOT_ACHIEVED,
    /** The figures needed are missing or too weak to settle on: never a silent zero. */
    INSUFFICIENT_DATA,
    /** A cap reduced what would otherwise be paid. */
    CAPPED,
    /** Held back until a condition (e.g. independent verification) is met. */
    WITHHELD,
    /** A hold from an earlier year, now paid out. */
    RELEASED,
    /** An earlier payment recovered. */
    CLAWED_BACK,
    /**
     * A part of the amount a safeguard does not count as the clause's effect: a change within the
     * survey's sampling margin, or one that happened in the comparison group too.
     */
    NOT_COUNTED,
    /**
     * The clause pays only in named evaluation years ({@code due:} in contract.yaml) and this is not
     * one: nothing is due, which is not a lack of data.
     */
    NOT_DUE,
    /**
     * A figure the year needs is not published yet on the settlement date: the year waits for it,
     * which is not a lack of data (after the publication date it is).
     */
    PENDING
}
