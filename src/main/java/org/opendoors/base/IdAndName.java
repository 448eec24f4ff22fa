package org.opendoors.base;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** A row's id and display name, as a module hands names to another module's lists. */
public record IdAndName(long id, String name) {

    public static Map<Long, String> byId(Collection<IdAndName> rows) {
        return rows.stream().collect(Collectors.toMap(IdAndName::id, IdAndName::name));
    }
}
