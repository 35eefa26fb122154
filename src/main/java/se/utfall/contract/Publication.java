package se.utfall.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a measure's figure for a year is published, from {@code published:} in contract.yaml:
 * {@code "10-01"} is 1 October of the figure's own year (a survey collected in spring, published in
 * autumn); {@code "+1 03-31"} (or {@code "next 03-31"}) is 31 March of the following year (a register
 * closed after the year ends). Before that date a missing figure is pending, not insufficient.
 */
public record Publication(MonthDay day, int yearsAfter) {
    private static final Pattern FORM = Pattern.compile("(?:(\\+1|next)\\s+)?(\\d{2})-(\\d{2})");

    /** Reads the text, or throws IllegalArgumentException with the forms allowed. */
    public static Publication parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("published '" + text + "' is not a publication day; write \"MM-DD\""
                    + " for a day in the figure's own year (\"10-01\") or \"+1 MM-DD\" for the following year"
                    + " (\"+1 03-31\").");
        }
        try {
            return new Publication(MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                    m.group(1) == null ? 0 : 1);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("published '" + text + "' is not a day of the year; write month-day,"
                    + " e.g. \"10-01\" for 1 October.");
        }
    }

    /** The day the figure for {@code year} is published (29 February falls back to the 28th). */
    public LocalDate dateFor(int year) {
        return day.atYear(year + yearsAfter);
    }

    /** As contract.yaml writes it. */
    public String text() {
        return (yearsAfter == 0 ? "" : "+1 ") + String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
