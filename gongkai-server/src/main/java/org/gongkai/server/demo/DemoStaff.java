package org.gongkai.server.demo;

import org.gongkai.server.security.Actor;

/** One demo agency's request staff: who registers, who handles, and the head who approves extensions. */
record DemoStaff(Actor registrar, Actor handler, Actor approver) {
}
