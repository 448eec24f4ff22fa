package org.opendoors.base.figures;

import java.util.List;

/**
 * Published by each module that owns records worth counting (its public {@code …Figures} service): the figures it
 * can count, as SQL over its own tables. Strategy and insight read figures only through these.
 */
public interface FigureSource {

    List<FigureSpec> figures();

    /** The values the type filter can take for a figure of this source (offer types, measure codes), in order. */
    default List<String> typeChoices(String key) {
        return List.of();
    }
}
