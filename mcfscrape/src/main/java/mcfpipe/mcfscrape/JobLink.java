package mcfpipe.mcfscrape;

/** A job page found on a search card: its URL without the tracking query, and MCF's 32-hex job uuid. */
public record JobLink(String url, String uuid) {}
