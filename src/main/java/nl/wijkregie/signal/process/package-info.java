/**
 * The outreach process of early signalling (bpmn/vroegsignalering.bpmn) and its delegates: closing what triage did
 * not pick up, escalating when the legal deadline passes, and starting debt help when the resident accepts it. The
 * delegates only call the module's service; the rules stay in the signal case.
 */
package nl.wijkregie.signal.process;
