package org.gongkai.server.publications;

/** A stored file with its bytes, to send to a browser. */
public record Download(String fileName, String mediaType, byte[] bytes) {
}
