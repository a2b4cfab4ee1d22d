/**
 * Early signalling of payment arrears (vroegsignalering, Wgs): signals from landlords, energy and water companies and
 * health insurers are taken in one by one or as monthly lists, stacked per address in a signal case, matched to known
 * households, triaged by a DMN table whose every decision is kept, and followed by outreach within the legal
 * deadlines. Signal data of cases that led to nothing is erased after the retention period.
 */
package nl.wijkregie.signal;
