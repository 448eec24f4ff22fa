package org.opendoors.base.personal;

import java.util.List;

/** One kind of record held about a person, as a table: a file of a subject access export. */
public record RecordSet(String name, List<String> columns, List<List<Object>> rows) {
}
