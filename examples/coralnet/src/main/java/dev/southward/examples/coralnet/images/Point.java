package dev.southward.examples.coralnet.images;

import dev.southward.migrate.model.UniqueTogether;

/** A point on an image to be annotated. {@code row} and {@code column} work as names: they are always quoted. */
@UniqueTogether({"image", "pointNumber"})
public class Point {
    Image image;
    int row;
    int column;
    int pointNumber;
}
