package org.gongkai.server.api;

/** The body of every API error: one Chinese sentence. */
record ApiError(String error) {
}
