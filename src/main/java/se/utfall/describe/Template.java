package se.utfall.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed sentence template from a family's {@code describe:} section. Written as text with
 * {@code {parameter}} slots, {@code {parameter:filter}}, {@code {table|row template}} and optional
 * segments {@code [shown when every parameter in it is set|shown otherwise]}; see
 * rules/README.md, "Describing a clause in words".
 */
public record Template(List<Part> parts) {

    /** A piece of a template. */
    public sealed interface Part permits Literal, Slot, Optional {
    }

    /** Text written as is. */
    public record Literal(String text) implements Part {
    }

    /** A value: a parameter, a table column or a built-in word, formatted by its type; {@code rows} for a table. */
    public record Slot(String name, String filter, Template rows) implements Part {
    }

    /** Shown when every parameter slot in {@code then} has a value; otherwise {@code otherwise} (may be empty). */
    public record Optional(Template then, Template otherwise) implements Part {
    }

    /** Every slot of this template and of its optional segments (not of table row templates). */
    public List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Slot s) {
                slots.add(s);
            } else if (part instanceof Optional o) {
                slots.addAll(o.then().slots());
                slots.addAll(o.otherwise().slots());
            }
        }
        return slots;
    }
}
