package org.opendoors.notification;

/** A file to send with an e-mail. */
public record Attachment(String filename, String contentType, byte[] content) {
}
