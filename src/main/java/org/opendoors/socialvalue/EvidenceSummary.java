package org.opendoors.socialvalue;

public record EvidenceSummary(long id, String filename, String contentType, int sizeBytes) {
}
