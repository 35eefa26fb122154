package se.utfall.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --as-of YYYY-MM-DD}; anything else is a usage error that shows the form. */
final class SettlementDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD,"
                    + " e.g. --as-of 2026-10-01.");
        }
    }
}
