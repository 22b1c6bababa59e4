package org.gongkai.server.canarya;

import org.gongkai.server.canaryb.UsesA;

/** One half of a package cycle, to prove the architecture rule detects it. */
public final class UsesB {

    UsesA other;
}
