package org.gongkai.architecture.canary.upstairs;

import org.gongkai.architecture.canary.downstairs.Downstairs;

/** Half of a package cycle that exists only to prove the no-cycles rule can fail. */
public final class Upstairs {

    Downstairs below;
}
