package org.gongkai.server.publications;

import org.gongkai.publication.Attachment;

/**
 * A stored attachment without its bytes.
 *
 * @param seq its number on the item's page, from 1
 * @param text the text read from it, for search
 */
public record StoredFile(int seq, Attachment attachment, String text) {
}
