package org.opendoors.base.personal;

/** What is left in a person's records after erasure: how many records were changed, and how many audit copies. */
public record Erased(int records, int historyRows) {
}
