package be.digibank.inventory;

/**
 * The label sizes we print: an A4 sheet of 3 × 8 labels of 70 × 37 mm (common office label paper) and a single 62 × 29
 * mm label per page for small label printers (the widths of the common continuous label rolls).
 */
public enum LabelFormat {
	A4_3X8(70, 37, 3, 8), SINGLE_62X29(62, 29, 1, 1);

	final float widthMm;
	final float heightMm;
	final int columns;
	final int rows;

	LabelFormat(float widthMm, float heightMm, int columns, int rows) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
		this.columns = columns;
		this.rows = rows;
	}

	int perPage() {
		return columns * rows;
	}

	boolean sheet() {
		return this == A4_3X8;
	}
}
