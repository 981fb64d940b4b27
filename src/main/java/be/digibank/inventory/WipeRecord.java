package be.digibank.inventory;

import java.time.LocalDate;

/** What one sanitisation of one medium was, as typed once for a batch or read from a wiping tool's export. */
record WipeRecord(String medium, Sanitisation.Method method, Sanitisation.Technique technique, String tool,
		String toolVersion, String operatorName, LocalDate performedOn, Sanitisation.Result result, String verification) {

	/** NIST SP 800-88: destroying the medium is the technique of the Destroy method only. */
	boolean consistent() {
		return technique != Sanitisation.Technique.PHYSICAL_DESTRUCTION || method == Sanitisation.Method.DESTROY;
	}
}
