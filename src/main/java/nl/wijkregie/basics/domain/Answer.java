package nl.wijkregie.basics.domain;

/** A yes/no fact where "onbekend" is a valid answer: nothing is mandatory (AP on Zaanstad, 2018). */
public enum Answer {
    YES, NO, UNKNOWN
}
