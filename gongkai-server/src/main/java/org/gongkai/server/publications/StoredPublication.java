package org.gongkai.server.publications;

import org.gongkai.publication.Publication;

/** A publication as stored, with the version an edit must name. */
public record StoredPublication(Publication publication, long version) {
}
