package be.digibank.lending;

/** A small white PNG as the signature pad sends it. */
final class Signatures {

	static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADwAAAAUCAIAAABeYcl+AAAAMUlEQVR4nO3OQQ0AIAwAsfk3DR72KCG5KuicD83rwEZppbRSWimtlFZKK6WV0kpp5QKO5QLD1v328gAAAABJRU5ErkJggg==";

	private Signatures() {
	}
}
