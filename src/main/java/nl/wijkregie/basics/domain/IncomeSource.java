package nl.wijkregie.basics.domain;

/** Where the household's income comes from (any number of them). */
public enum IncomeSource {
    LOON, ZELFSTANDIG, BIJSTAND, UITKERING, PENSIOEN, STUDIEFINANCIERING, ALIMENTATIE, GEEN, ONBEKEND
}
