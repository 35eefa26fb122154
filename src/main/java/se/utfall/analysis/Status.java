package se.utfall.analysis;

/** A check's verdict. INFO is a figure reported without a limit to hold it against. */
public enum Status { PASS, FAIL, INFO }
