package org.gongkai.architecture.canary.downstairs;

import org.gongkai.architecture.canary.upstairs.Upstairs;

/** The other half of the canary cycle: it reaches back up. */
public final class Downstairs {

    Upstairs above;
}
