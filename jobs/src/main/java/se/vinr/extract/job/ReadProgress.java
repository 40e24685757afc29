package se.vinr.extract.job;

import java.util.OptionalDouble;

/** How far a step's reader has come through its input file, for the progress shown on the console. */
interface ReadProgress {

    /** The share of the file's physical lines read, from 0 to 1; empty when there is no file. */
    OptionalDouble fractionRead();
}
