package org.opendoors.base.personal;

/** One record that matched a {@link PersonQuery}: which row, and the name and e-mail address it holds. */
public record PersonMatch(long id, String name, String email) {
}
