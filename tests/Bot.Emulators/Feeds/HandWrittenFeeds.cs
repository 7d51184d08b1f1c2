namespace Bot.Emulators.Feeds;

/// <summary>Feeds written out by hand, the way real publishers write them (CDATA, entities, content:encoded, RFC 822
/// dates with numeric and named zones, relative links, a missing guid), plus hostile and broken documents.</summary>
public static class HandWrittenFeeds
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Harbour &amp; City Gazette</title>
            <link>https://gazette.example/</link>
            <description>Local news</description>
            <item>
              <title>Council approves &lt;b&gt;new&lt;/b&gt; tram line</title>
              <link>https://gazette.example/2026/03/tram-line?utm_source=rss&amp;utm_medium=feed</link>
              <guid isPermaLink="false">gazette-1001</guid>
              <pubDate>Sun, 29 Mar 2026 08:15:00 +0200</pubDate>
              <dc:creator>Ana Ruiz</dc:creator>
              <description><![CDATA[<p>The council voted 31 to 12 to approve the tram line.</p>]]></description>
              <content:encoded><![CDATA[<p>The city council voted 31 to 12 on Tuesday to approve a &euro;480 million tram line.</p>
                <h2>Costs</h2><p>Construction starts in 2027.</p><script>alert(1)</script>]]></content:encoded>
            </item>
            <item>
              <title>Harbour closed after storm</title>
              <link>/2026/03/harbour-closed</link>
              <pubDate>29 Mar 2026 06:00 GMT</pubDate>
              <description>The harbour is closed until Monday. Read more</description>
            </item>
            <item>
              <title>Market opens on Sunday</title>
              <link>https://gazette.example/2026/03/market</link>
              <guid>gazette-1003</guid>
              <pubDate>not a date at all</pubDate>
              <description>The weekly market opens on Sunday this spring.</description>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example/news/">
          <title type="text">Wire Service</title>
          <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
          <updated>2026-03-29T07:00:00Z</updated>
          <entry>
            <title type="html">Tram line approved &amp;ndash; &lt;i&gt;finally&lt;/i&gt;</title>
            <id>tag:wire.example,2026:tram</id>
            <link rel="alternate" href="tram-line-approved"/>
            <link rel="enclosure" href="https://wire.example/photo.jpg"/>
            <published>2026-03-29T06:30:00+01:00</published>
            <updated>2026-03-29T06:45:00Z</updated>
            <author><name>Wire Desk</name></author>
            <summary type="text">Councillors voted 31-12 for the tram.</summary>
            <content type="html">&lt;p&gt;Councillors voted 31-12 on Tuesday.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    public const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1",
          "title": "Datablog",
          "home_page_url": "https://data.example/",
          "items": [
            {
              "id": 42,
              "url": "https://data.example/posts/inflation",
              "title": "Inflation falls to 2.1%",
              "content_text": "Inflation fell to 2.1% in March.\n\nEconomists had expected 2.3%.",
              "date_published": "2026-03-29T05:00:00Z",
              "author": { "name": "Data Team" },
              "unknown_field": [1, 2, 3]
            },
            {
              "id": "no-url",
              "title": 17,
              "summary": "An item whose title has the wrong type.",
              "date_published": "yesterday"
            }
          ]
        }
        """;

    /// <summary>"Billion laughs": nested entities in a DTD. A safe reader must not expand them.</summary>
    public const string EntityBomb = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        ]>
        <rss version="2.0"><channel><title>Bomb</title><item><title>&d;</title></item></channel></rss>
        """;

    public const string BrokenXml = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Broken</title><item><title>Unclosed</channel></rss>
        """;

    public const string JsonWithoutVersion = """{ "title": "Just JSON", "items": [] }""";

    public const string OpmlNotAFeed = """<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body/></opml>""";
}
