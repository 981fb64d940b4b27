package be.digibank.network;

import java.util.Map;

/** What it takes to start a digibank: a name, a region and the postcodes (with municipality names) it serves. */
public record NewDigibank(String name, String region, Map<String, String> municipalitiesByPostcode) {
}
