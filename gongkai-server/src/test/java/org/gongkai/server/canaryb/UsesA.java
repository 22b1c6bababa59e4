package org.gongkai.server.canaryb;

import org.gongkai.server.canarya.UsesB;

/** The other half of a package cycle, to prove the architecture rule detects it. */
public final class UsesA {

    UsesB other;
}
