using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using NewsParsing.Text;

namespace NewsParsing.Reading;

/// <summary>
/// Turns an HTML document into the same <see cref="Page"/> of blocks the text reader makes,
/// with markup hints on every block and the page's metadata (title, language, meta tags,
/// JSON-LD, microdata, time elements, canonical URL).
/// </summary>
/// <remarks>
/// The DOM is walked with an explicit stack, so a page of 200 000 nested elements costs memory,
/// not the call stack. A block is the text of a block-level element between its block-level
/// children: inline tags and entities join their text without spaces, <c>&lt;br&gt;</c> becomes
/// a space, and two <c>&lt;br&gt;</c> in a row end a paragraph.
/// </remarks>
public static class HtmlPageReader
{
    /// <summary>Most class, id and tag words kept in <see cref="Block.Hints"/>.</summary>
    public const int MaxHints = 24;

    /// <summary>Longest block, in characters, merged with an equal block right before it (a title or caption printed twice).</summary>
    public const int MaxRepeatedLength = 250;

    [ThreadStatic]
    private static HtmlTreeParser? t_parser;

    [ThreadStatic]
    private static Walker? t_walker;

    /// <summary>
    /// The parser's options: no scripting (its default), and nothing the reader never reads, which
    /// costs a quarter of the parse with the defaults: no source positions kept per element, no
    /// comment nodes (text and metadata never come from comments).
    /// </summary>
    internal static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
    };

    /// <summary>
    /// AngleSharp's default services less three that act as a browser would: the attribute observer
    /// (it resolves the URL of every src and href as the attribute is set), the link relations (a
    /// stylesheet link starts a load) and the meta charset handler (it looks the encoding up, while
    /// the reader is given text already decoded). The reader reads attribute values only, so the
    /// document it sees is the same. Immutable, so one is shared.
    /// </summary>
    internal static readonly IConfiguration ParserConfiguration = Configuration.Default
        .Without<AngleSharp.Dom.DefaultAttributeObserver>()
        .Without<AngleSharp.Html.DefaultLinkRelationFactory>()
        .Without<AngleSharp.Browser.EncodingMetaHandler>();

    /// <summary><see cref="ParserConfiguration"/> with the factory of the reader's own tree (<see cref="HtmlTreeDocument"/>).</summary>
    internal static readonly IConfiguration TreeConfiguration = ParserConfiguration.With(HtmlTreeFactory.Instance);

    /// <summary>Reads an HTML document.</summary>
    public static Page Read(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        // The cleaned markup is parsed from the prefilter's pooled buffer, not copied into a string
        // (on newspaper-naeb a fifth of what a read allocates, most of it on the large object heap).
        var cleaned = HtmlPrefilter.CleanInto(html, out int length, out bool flattened);
        try
        {
            return Read(cleaned, length, html, url, flattened);
        }
        finally
        {
            if (cleaned is not null)
            {
                // Nothing read from the document outlives Read: the page holds strings only.
                System.Buffers.ArrayPool<char>.Shared.Return(cleaned);
            }
        }
    }

    private static Page Read(char[]? cleaned, int length, string html, Uri? url, bool flattened)
    {
        // One parser per thread: building one (a browsing context and its services) costs as much as
        // parsing a page, and a parser is not thread-safe (AngleSharp issues #880 and #1151 advise a
        // [ThreadStatic] one). It holds configuration only, so no result depends on which thread runs.
        var parser = t_parser ??= new HtmlTreeParser();
        var document = parser.Parse(cleaned is null ? html.AsMemory() : cleaned.AsMemory(0, length));
        // One walker per thread too: its caches and buffers are cleared, not rebuilt, for each page.
        var walker = t_walker ??= new Walker();
        walker.Reset();
        walker.Sources.AddHead(document.Head);
        if (document.Body is { } body)
        {
            walker.Walk(body);
        }

        var metadata = HtmlMetadataReader.Read(document, url, walker.Sources) with { TimeElements = walker.Times, BylineElements = walker.BylineElements };
        return new Page
        {
            Blocks = walker.Blocks,
            SourceKind = PageSourceKind.Html,
            Metadata = metadata,
            Diagnostics = flattened ? [.. walker.Diagnostics, $"reader: elements nested deeper than {HtmlPrefilter.MaxDepth} were flattened"] : walker.Diagnostics,
        };
    }

    private readonly record struct Item(HtmlTreeNode? Node, Frame Frame, bool InLink, bool Close, BylineSlot? Slot = null);

    private sealed class BylineSlot(HtmlElementInfo info, bool block, int startText, int startBlocks)
    {
        public HtmlElementInfo Info { get; } = info;

        public bool Block { get; } = block;

        public int StartText { get; } = startText;

        public int StartBlocks { get; } = startBlocks;

        public string? Text { get; set; }
    }

    private sealed class Frame
    {
        public required HtmlElementInfo Info { get; init; }

        public required BlockHint Hint { get; init; }

        public int Level { get; init; }

        public required bool Boilerplate { get; init; }

        /// <summary>This element's own hint words (tag, classes, id, role).</summary>
        public required string[] OwnHints { get; init; }

        public Frame? Parent { get; init; }

        private string[]? _hints;

        private string? _path;

        /// <summary>The last tags down to this element ("div/article/p"), shared by the blocks of one element.</summary>
        public string Path => _path ??= PathOf(Info);

        /// <summary>Hint words of this element and its ancestors, nearest first, capped; built only for elements that hold a block.</summary>
        public string[] Hints
        {
            get
            {
                if (_hints is null)
                {
                    // Counted first, then copied into an array of that size (no list per block-holding element).
                    int count = 0;
                    for (var f = this; f is not null && count < MaxHints; f = f.Parent)
                    {
                        count = Math.Min(MaxHints, count + f.OwnHints.Length);
                    }

                    var hints = new string[count];
                    int n = 0;
                    for (var f = this; n < count; f = f.Parent!)
                    {
                        int take = Math.Min(count - n, f.OwnHints.Length);
                        f.OwnHints.AsSpan(0, take).CopyTo(hints.AsSpan(n));
                        n += take;
                    }

                    _hints = hints;
                }

                return _hints;
            }
        }
    }

    /// <summary>What the reader derives from an element's tag and attributes; equal attributes give equal facts, so it is cached per page.</summary>
    private readonly record struct FactsKey(string Tag, string? Class, string? Id, string? Role, string? ItemProp, string? Rel, string? Style, bool Hidden);

    /// <summary>What a class, id or role token says about its element.</summary>
    [Flags]
    private enum TokenKind
    {
        None = 0,

        /// <summary>Names a story body (<see cref="HtmlVocabulary.ArticleBodyWords"/>).</summary>
        ArticleBody = 1,

        /// <summary>Names page furniture (<see cref="HtmlVocabulary.BoilerplateWords"/>), and is no state class.</summary>
        Furniture = 2,

        /// <summary>Names a caption or credit (<see cref="HtmlVocabulary.CaptionWords"/>).</summary>
        Caption = 4,

        /// <summary>Holds a byline word (<see cref="HtmlVocabulary.BylineWords"/>); counted for class and id tokens.</summary>
        Byline = 8,

        /// <summary>Is a screen-reader-only class (<see cref="HtmlVocabulary.ScreenReaderClasses"/>); counted for class tokens.</summary>
        ScreenReader = 16,
    }

    /// <summary>A class, id or role token: its lower-case form and what that says.</summary>
    private readonly record struct TokenInfo(string Lower, TokenKind Kind);

    private sealed record ElementFacts(string Words, string[] OwnHints, bool Boilerplate, bool Caption, bool Byline, bool Hidden);

    /// <summary>
    /// The text of the block being read: a growable array rather than a StringBuilder, so the
    /// block is normalised in place and becomes one string.
    /// </summary>
    private sealed class TextBuffer
    {
        private char[] _chars = new char[1024];

        public int Length { get; private set; }

        /// <summary>The text so far; normalising it in place is allowed right before <see cref="Clear"/>.</summary>
        public Span<char> Span => _chars.AsSpan(0, Length);

        public void Append(string text)
        {
            Reserve(text.Length);
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        public void Append(char c)
        {
            Reserve(1);
            _chars[Length++] = c;
        }

        public void Clear() => Length = 0;

        public string ToString(int start, int length) => new(_chars, start, length);

        public override string ToString() => new(_chars, 0, Length);

        private void Reserve(int more)
        {
            if (Length + more > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(Length + more, _chars.Length * 2));
            }
        }
    }

    private sealed class Walker
    {
        private readonly TextBuffer _text = new();
        private readonly StringBuilder _words = new();
        private char[] _scratch = new char[64];
        private int _visible;
        private int _linkVisible;
        private bool _afterBreak;
        private int _nextId;
        private List<BylineSlot> _bylineSlots = [];
        private readonly Dictionary<FactsKey, ElementFacts> _facts = [];
        private readonly Dictionary<string, ElementFacts> _plain = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TokenKind> _tokenKinds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TokenInfo> _tokens = new(StringComparer.Ordinal);
        private readonly List<string> _own = new(8);
        private readonly List<(int Start, int Length)> _classTokens = [];
        private readonly Stack<Item> _stack = new();
#if NET9_0_OR_GREATER

        // The span views of the token caches, made once (GetAlternateLookup checks the comparer on every call).
        private readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> _tokenKindLookup;
        private readonly Dictionary<string, TokenInfo>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;

        public Walker()
        {
            _tokenKindLookup = _tokenKinds.GetAlternateLookup<ReadOnlySpan<char>>();
            _tokenLookup = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        }
#endif

        public List<Block> Blocks { get; private set; } = [];

        public HtmlMetadataReader.Sources Sources { get; private set; } = new();

        public List<HtmlTimeElement> Times { get; private set; } = [];

        public List<string> Diagnostics { get; private set; } = [];

        /// <summary>
        /// Ready for a new page: new lists for what the page keeps, empty caches and buffers (their
        /// capacity kept), so nothing of an earlier page, nor of a read that threw, reaches this one.
        /// </summary>
        public void Reset()
        {
            Blocks = [];
            Sources = new();
            Times = [];
            Diagnostics = [];
            _bylineSlots = [];
            _text.Clear();
            _visible = 0;
            _linkVisible = 0;
            _afterBreak = false;
            _nextId = 0;
            _facts.Clear();
            _plain.Clear();
            _tokenKinds.Clear();
            _tokens.Clear();
            _stack.Clear();
        }

        public void Walk(HtmlTreeElement body)
        {
            var root = NewFrame(body, null, Facts(KeyOf(body, body.LocalName)));
            // Items: an element or text to enter, or a frame to close (flushes the text of that block).
            var stack = _stack;
            stack.Push(new Item(null, root, false, true));
            PushChildren(stack, body, root, false);
            while (stack.Count > 0)
            {
                var (node, frame, inLink, close, slot) = stack.Pop();
                if (close)
                {
                    if (slot is null || slot.Block)
                    {
                        Flush(frame);
                    }

                    if (slot is not null)
                    {
                        CloseByline(slot);
                    }

                    continue;
                }

                if (node is HtmlTreeText text)
                {
                    Append(text.Data, inLink);
                    continue;
                }

                if (node is not HtmlTreeElement element)
                {
                    continue;
                }

                var tag = element.LocalName;
                var key = KeyOf(element, tag);
                if (tag is "meta" or "link" or "script" || key.ItemProp is not null)
                {
                    Sources.Offer(element);
                }

                if (HtmlVocabulary.Dropped.Contains(tag))
                {
                    continue;
                }

                var facts = Facts(key);
                if (facts.Hidden)
                {
                    continue;
                }

                if (tag == "br")
                {
                    if (_afterBreak)
                    {
                        Flush(frame); // <br><br> ends a paragraph
                    }
                    else
                    {
                        _text.Append(' ');
                        _afterBreak = true;
                    }

                    continue;
                }

                if (tag == "hr")
                {
                    Flush(frame);
                    continue;
                }

                if (tag == "time")
                {
                    RecordTime(element, frame);
                }

                if (HtmlVocabulary.Inline.Contains(tag))
                {
                    if (tag is "img" or "picture" or "source")
                    {
                        continue;
                    }

                    if (facts.Byline)
                    {
                        var info = new HtmlElementInfo(_nextId++, tag, facts.Words, frame.Info, false);
                        stack.Push(new Item(null, frame, inLink, true, OpenByline(info, block: false)));
                    }

                    PushChildren(stack, element, frame, inLink || tag == "a");
                    continue;
                }

                // A block-level element: what came before it is a block of the enclosing element.
                Flush(frame);
                var child = NewFrame(element, frame, facts);
                stack.Push(new Item(null, child, false, true, facts.Byline ? OpenByline(child.Info, block: true) : null));
                PushChildren(stack, element, child, inLink);
            }
        }

        private static void PushChildren(Stack<Item> stack, HtmlTreeNode parent, Frame frame, bool inLink)
        {
            for (int i = parent.ChildCount - 1; i >= 0; i--)
            {
                var c = parent.Child(i);
                if (c is HtmlTreeText or HtmlTreeElement)
                {
                    stack.Push(new Item(c, frame, inLink, false));
                }
            }
        }

        private BylineSlot OpenByline(HtmlElementInfo info, bool block)
        {
            var slot = new BylineSlot(info, block, _text.Length, Blocks.Count);
            _bylineSlots.Add(slot);
            return slot;
        }

        private void CloseByline(BylineSlot slot)
        {
            string text;
            if (Blocks.Count == slot.StartBlocks)
            {
                text = slot.StartText <= _text.Length ? _text.ToString(slot.StartText, _text.Length - slot.StartText) : "";
            }
            else
            {
                text = string.Join(' ', Blocks.Skip(slot.StartBlocks).Select(b => b.Text)) + (slot.Block ? "" : " " + _text.ToString());
            }

            slot.Text = TextNormalizer.NormalizeInline(text.Length > 400 ? text[..400] : text);
        }

        /// <summary>The byline-like elements in document order, with their text.</summary>
        public List<HtmlBylineElement> BylineElements =>
            [.. _bylineSlots.Where(s => s.Text is { Length: > 0 }).Select(s => new HtmlBylineElement(s.Text!, s.Info))];

        private void Append(string data, bool inLink)
        {
            _text.Append(data);
            // The indentation between tags (most text nodes, all whitespace) counts nothing: one
            // vectorised search skips it; the rest is counted eight characters at a time.
            int first = data.AsSpan().IndexOfAnyExcept(AsciiWhiteSpace);
            if (first < 0)
            {
                return;
            }

            int visible = CountVisible(data.AsSpan(first));
            if (visible > 0)
            {
                _visible += visible;
                _afterBreak = false;
                if (inLink)
                {
                    _linkVisible += visible;
                }
            }
        }

        private void Flush(Frame frame)
        {
            _afterBreak = false;
            if (_visible == 0)
            {
                _text.Clear();
                return;
            }

            var text = TextNormalizer.NormalizeInlineInPlace(_text.Span);
            double density = (double)_linkVisible / _visible;
            _text.Clear();
            _visible = 0;
            _linkVisible = 0;
            if (text.Length == 0)
            {
                return;
            }

            // The same text twice in a row in sibling elements (alt text and caption, a title printed
            // twice): one block printed twice, as the text reader records it.
            // Only short blocks: a paragraph written twice is the author's, not the layout's.
            if (Blocks.Count > 0 && Blocks[^1] is { } last && text.Length <= MaxRepeatedLength && ReferenceEquals(last.Element?.Parent, frame.Info.Parent) && PlainTextReader.SameLine(last.Text, text))
            {
                // The later spelling wins, as in the text reader (the typographic form comes second).
                Blocks[^1] = last with { Text = text, Repeats = last.Repeats + 1 };
                return;
            }

            Blocks.Add(new Block
            {
                Index = Blocks.Count,
                Text = text,
                Hint = frame.Hint,
                Level = frame.Level,
                Path = frame.Path,
                Hints = frame.Hints,
                BlankBefore = true,
                BoilerplateCandidate = frame.Boilerplate,
                Element = frame.Info,
                LinkDensity = density,
            });
        }

        private Frame NewFrame(HtmlTreeElement element, Frame? parent, ElementFacts facts)
        {
            var tag = element.LocalName;
            var info = new HtmlElementInfo(_nextId++, tag, facts.Words, parent?.Info, facts.Boilerplate);
            var inherited = parent?.Hint ?? BlockHint.None;
            int level = parent?.Level ?? 0;
            var hint = tag switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockHint.Heading,
                // Everything in a figure is its caption or credit, never running text.
                "figcaption" or "caption" or "figure" => BlockHint.Caption,
                _ when inherited != BlockHint.Caption && facts.Caption => BlockHint.Caption,
                "pre" => BlockHint.Preformatted,
                "td" or "th" when inherited is BlockHint.None or BlockHint.Paragraph => BlockHint.Preformatted,
                "blockquote" when inherited != BlockHint.Caption => BlockHint.Blockquote,
                "li" or "dd" or "dt" when inherited is BlockHint.None or BlockHint.Paragraph or BlockHint.Preformatted => BlockHint.ListItem,
                // A paragraph inside a layout table cell is still a paragraph.
                "p" when inherited is BlockHint.None or BlockHint.Preformatted => BlockHint.Paragraph,
                "div" or "section" or "article" or "main" when inherited == BlockHint.Preformatted => BlockHint.None,
                _ => inherited,
            };
            if (hint == BlockHint.Heading && tag.Length == 2 && tag[0] == 'h')
            {
                level = tag[1] - '0';
            }
            else if (hint != BlockHint.Heading)
            {
                level = 0;
            }

            return new Frame
            {
                Info = info,
                Hint = hint,
                Level = level,
                Boilerplate = facts.Boilerplate || (parent?.Boilerplate ?? false),
                OwnHints = facts.OwnHints,
                Parent = parent,
            };
        }

        /// <summary>The attributes the reader reads, as the key of the element's facts.</summary>
        private static FactsKey KeyOf(HtmlTreeElement element, string tag)
        {
            // One pass over the attributes (each GetAttribute or HasAttribute is a scan of its own).
            // An attribute read here or anywhere in the reader must be in HtmlPrefilter.KeptAttributes:
            // the prefilter cuts every other one before parsing.
            string? cls = null, id = null, role = null, itemprop = null, rel = null, style = null;
            bool hiddenAttr = false;
            for (int i = 0; i < element.AttributeCount; i++)
            {
                var attr = element.Attribute(i);
                switch (attr.Name)
                {
                    case "class": cls ??= attr.Value; break;
                    case "id": id ??= attr.Value; break;
                    case "role": role ??= attr.Value; break;
                    case "itemprop": itemprop ??= attr.Value; break;
                    case "rel": rel ??= attr.Value; break;
                    case "style": style ??= attr.Value; break;
                    case "hidden": hiddenAttr = true; break;
                    case "aria-hidden": hiddenAttr |= string.Equals(attr.Value, "true", StringComparison.OrdinalIgnoreCase); break;
                }
            }

            return new FactsKey(tag, cls, id, role, itemprop, rel, style, hiddenAttr);
        }

        /// <summary>The facts of an element, from the cache when an element with the same tag and attributes was seen.</summary>
        private ElementFacts Facts(in FactsKey key)
        {
            if (key is { Class: null, Id: null, Role: null, ItemProp: null, Rel: null, Style: null })
            {
                return _plain.TryGetValue(key.Tag, out var plain) ? (key.Hidden ? plain with { Hidden = true } : plain) : Remember(key.Tag, key.Hidden);
            }

            // A value key: no string built per element (most elements repeat a few class lists).
            if (!_facts.TryGetValue(key, out var facts))
            {
                facts = Compute(key);
                if (_facts.Count < 10_000)
                {
                    _facts[key] = facts;
                }
            }

            return facts;
        }

        private ElementFacts Remember(string tag, bool hiddenAttr)
        {
            var facts = new ElementFacts("", [tag], HtmlVocabulary.BoilerplateTags.Contains(tag), false, false, false);
            _plain[tag] = facts;
            return hiddenAttr ? facts with { Hidden = true } : facts;
        }

        /// <summary>The facts of an element from its attributes, without asking the element again or allocating beyond the strings kept.</summary>
        private ElementFacts Compute(in FactsKey key)
        {
            if (IsSimple(key.Class) && IsSimple(key.Id) && IsSimple(key.Role) && IsSimple(key.ItemProp) && IsSimple(key.Rel))
            {
                return ComputeSimple(key);
            }

            var words = WordsOf(_words, key.Class, key.Id, key.Role, key.ItemProp, key.Rel);
            var own = OwnHints(key, out int classCount);
            // own[1..classCount] are the lower-case class tokens, the last entry the lower-case role when there is one.
            string? role = key.Role is { Length: > 0 } ? own[^1] : null;
            var tokens = TokensOf(words);
            return new ElementFacts(words, own, IsBoilerplate(key.Tag, role, tokens), (tokens & TokenKind.Caption) != 0, IsBylineElement(key),
                key.Hidden || IsHidden(key, own.AsSpan(1, classCount)));
        }

        /// <summary>
        /// True when <paramref name="value"/> is printable ASCII and HTML spaces, at most 300 characters:
        /// then its whitespace tokens are its classList tokens and lower-casing is per token, so
        /// <see cref="ComputeSimple"/> gives what the general path gives (nearly every attribute).
        /// </summary>
        private static bool IsSimple(string? value)
        {
            if (value is null)
            {
                return true;
            }

            if (value.Length > 300)
            {
                return false;
            }

            if (value.AsSpan().ContainsAnyExcept(SimpleChars))
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// <see cref="Compute"/> for simple values (<see cref="IsSimple"/>): every token is looked up once per
        /// page for its lower-case form, its kinds, its byline word and its screen-reader class, instead of
        /// lower-casing, splitting and classifying the joined words of each new attribute combination.
        /// </summary>
        private ElementFacts ComputeSimple(in FactsKey key)
        {
            var own = _own;
            own.Clear();
            own.Add(key.Tag);
            var kinds = TokenKind.None;
            var classAndId = TokenKind.None;
            if (key.Class is { Length: > 0 } cls)
            {
                // classList: tokens between HTML spaces, the first of equal (case-sensitive) tokens kept.
                _classTokens.Clear();
                for (int at = 0; at < cls.Length;)
                {
                    var token = NextSimpleToken(cls, ref at, out int start);
                    if (token.Length == 0)
                    {
                        continue;
                    }

                    var info = Token(token);
                    kinds |= info.Kind;
                    if (!SeenBefore(cls, token))
                    {
                        _classTokens.Add((start, token.Length));
                        own.Add(info.Lower);
                    }
                }

                classAndId = kinds;
            }

            int classCount = own.Count - 1;
            if (key.Id is { Length: > 0 } id)
            {
                var idKinds = KindsOf(id, out var lowerWhole);
                own.Add(lowerWhole ?? id.ToLowerInvariant());
                kinds |= idKinds;
                classAndId |= idKinds;
            }

            string? role = null;
            if (key.Role is { Length: > 0 } roleValue)
            {
                kinds |= KindsOf(roleValue, out var lowerWhole);
                role = lowerWhole ?? roleValue.ToLowerInvariant();
                own.Add(role);
            }

            kinds |= KindsOf(key.ItemProp, out _) | KindsOf(key.Rel, out _);
            bool screenReader = (classAndId & TokenKind.ScreenReader) != 0 && HasScreenReaderClass(own, classCount);
            bool byline = string.Equals(key.Rel, "author", StringComparison.OrdinalIgnoreCase)
                || (key.ItemProp is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase))
                || (classAndId & TokenKind.Byline) != 0;
            bool hidden = key.Hidden || screenReader || IsHiddenByStyle(key);
            return new ElementFacts(SimpleWords(key), [.. own], IsBoilerplate(key.Tag, role, kinds), (kinds & TokenKind.Caption) != 0, byline, hidden);
        }

        /// <summary><see cref="WordsOf"/> for simple values (<see cref="IsSimple"/>): the same string, made in the scratch buffer.</summary>
        private string SimpleWords(in FactsKey key)
        {
            string? only = null;
            int parts = 0;
            int length = 0;
            foreach (var part in (ReadOnlySpan<string?>)[key.Class, key.Id, key.Role, key.ItemProp, key.Rel])
            {
                if (!string.IsNullOrWhiteSpace(part))
                {
                    only = part;
                    parts++;
                    length += part.Length + 1;
                }
            }

            if (parts == 0)
            {
                return "";
            }

            if (parts == 1 && IsLowerAsciiWord(only!))
            {
                return only!;
            }

            var buffer = Scratch(length);
            int n = 0;
            foreach (var part in (ReadOnlySpan<string?>)[key.Class, key.Id, key.Role, key.ItemProp, key.Rel])
            {
                if (string.IsNullOrWhiteSpace(part))
                {
                    continue;
                }

                if (n > 0)
                {
                    buffer[n++] = ' ';
                }

                foreach (char c in part)
                {
                    buffer[n++] = c is '\t' or '\n' or '\r' or '\f' ? ' ' : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
            }

            return new string(buffer[..n]);
        }

        /// <summary>True when one of the class tokens own[1..classCount] is a screen-reader class.</summary>
        private static bool HasScreenReaderClass(List<string> own, int classCount)
        {
            for (int i = 1; i <= classCount; i++)
            {
                if (HtmlVocabulary.ScreenReaderClasses.Contains(own[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The kinds of the whitespace tokens of a simple value; <paramref name="lowerWhole"/> is the
        /// value lower-cased when it is one token (shared with the token cache), else null.
        /// </summary>
        private TokenKind KindsOf(string? value, out string? lowerWhole)
        {
            lowerWhole = null;
            if (string.IsNullOrEmpty(value))
            {
                return TokenKind.None;
            }

            if (value.AsSpan().IndexOfAny(HtmlSpaces) < 0)
            {
                var info = Token(value);
                lowerWhole = info.Lower;
                return info.Kind;
            }

            var kinds = TokenKind.None;
            for (int at = 0; at < value.Length;)
            {
                var token = NextSimpleToken(value, ref at, out _);
                if (token.Length > 0)
                {
                    kinds |= Token(token).Kind;
                }
            }

            return kinds;
        }

        /// <summary>The token of <paramref name="value"/> at <paramref name="at"/> up to the next HTML space (empty on a space); moves past it.</summary>
        private static ReadOnlySpan<char> NextSimpleToken(string value, ref int at, out int start)
        {
            // A character loop: tokens are a few characters long, too short for a vectorised search to pay.
            start = at;
            int end = at;
            while (end < value.Length && value[end] is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                end++;
            }

            at = end + 1;
            return value.AsSpan(start, end - start);
        }

        /// <summary>A token's lower-case form and kinds, computed once per page.</summary>
        private TokenInfo Token(ReadOnlySpan<char> token)
        {
#if NET9_0_OR_GREATER
            var known = _tokenLookup;
            if (known.TryGetValue(token, out var info))
            {
                return info;
            }

            var lower = Lower(token);
            info = new TokenInfo(lower, Classify(lower) | ExtraKinds(lower));
            if (_tokens.Count < 10_000)
            {
                if (token.SequenceEqual(lower))
                {
                    _tokens[lower] = info;
                }
                else
                {
                    known[token] = info;
                }
            }

            return info;
#else
            // No span lookup on .NET 8: look the token up as a string.
            var key = token.ToString();
            if (_tokens.TryGetValue(key, out var info))
            {
                return info;
            }

            var lower = key.ToLowerInvariant();
            info = new TokenInfo(lower, Classify(lower) | ExtraKinds(lower));
            if (_tokens.Count < 10_000)
            {
                _tokens[key] = info;
            }

            return info;
#endif
        }

        // Most tokens hold none of the words that guard the body, caption and byline patterns: one
        // search for all of them (MayHoldBodyCaptionOrBylineWord) spares the pattern tests.
        private static TokenKind ExtraKinds(string lower) =>
            (HtmlVocabulary.MayHoldBodyCaptionOrBylineWord(lower) && HtmlVocabulary.HasBylineWord(lower) ? TokenKind.Byline : TokenKind.None)
            | (HtmlVocabulary.ScreenReaderClasses.Contains(lower) ? TokenKind.ScreenReader : TokenKind.None);

        private static bool IsBoilerplate(string tag, string? lowerRole, TokenKind tokens)
        {
            if (tag is "body" or "html" or "main" or "article")
            {
                return false;
            }

            if (HtmlVocabulary.BoilerplateTags.Contains(tag))
            {
                return true;
            }

            if (lowerRole is not null && HtmlVocabulary.BoilerplateRoles.Contains(lowerRole))
            {
                return true;
            }

            // A story-body word outweighs furniture words; state classes ("has-sidebar", "no-comments",
            // "is-sticky") describe the layout, not the element, so TokenKind.Furniture leaves them out.
            return (tokens & TokenKind.ArticleBody) == 0 && (tokens & TokenKind.Furniture) != 0;
        }

        /// <summary>
        /// What the tokens of <paramref name="words"/> say, together. ArticleBodyWords is anchored on
        /// whitespace and words has no whitespace but single spaces, so it matches the words exactly when
        /// it matches one token; the other patterns were always tested per token.
        /// </summary>
        private TokenKind TokensOf(string words)
        {
            var kinds = TokenKind.None;
            for (int i = 0; i < words.Length;)
            {
                var token = NextToken(words, ref i);
                if (token.Length > 0)
                {
                    kinds |= KindOf(token);
                }
            }

            return kinds;
        }

        /// <summary>The kind of one class, id or role token; cached per page, since most tokens recur on many elements.</summary>
        private TokenKind KindOf(ReadOnlySpan<char> token)
        {
#if NET9_0_OR_GREATER
            var known = _tokenKindLookup;
            if (known.TryGetValue(token, out var kind))
            {
                return kind;
            }

            kind = Classify(token);
            if (_tokenKinds.Count < 10_000)
            {
                known[token] = kind;
            }

            return kind;
#else
            // No span lookup on .NET 8: classify afresh rather than allocate a key per token.
            return Classify(token);
#endif
        }

        private static TokenKind Classify(ReadOnlySpan<char> token)
        {
            var kind = TokenKind.None;
            bool guarded = HtmlVocabulary.MayHoldBodyCaptionOrBylineWord(token);
            if (guarded && HtmlVocabulary.IsArticleBodyToken(token))
            {
                kind |= TokenKind.ArticleBody;
            }

            if (!HtmlVocabulary.IsStateToken(token) && HtmlVocabulary.IsFurnitureToken(token))
            {
                kind |= TokenKind.Furniture;
            }

            if (guarded && HtmlVocabulary.IsCaptionToken(token))
            {
                kind |= TokenKind.Caption;
            }

            return kind;
        }

        /// <summary>Tag, lower-case class tokens (split and deduplicated as the DOM's classList does), id and role.</summary>
        private string[] OwnHints(in FactsKey key, out int classCount)
        {
            var own = new List<string>(4) { key.Tag };
            if (key.Class is { Length: > 0 } cls)
            {
                if (cls.AsSpan().IndexOfAny(HtmlSpaces) < 0)
                {
                    // ToLowerInvariant returns the string itself when it is already lower case.
                    own.Add(cls.ToLowerInvariant());
                }
                else
                {
                    // classList: tokens between HTML spaces, the first of equal (case-sensitive) tokens kept.
                    _classTokens.Clear();
                    int at = 0;
                    while (at < cls.Length)
                    {
                        int skip = cls.AsSpan(at).IndexOfAnyExcept(HtmlSpaces);
                        if (skip < 0)
                        {
                            break;
                        }

                        at += skip;
                        int length = cls.AsSpan(at).IndexOfAny(HtmlSpaces);
                        length = length < 0 ? cls.Length - at : length;
                        var token = cls.AsSpan(at, length);
                        if (!SeenBefore(cls, token))
                        {
                            _classTokens.Add((at, length));
                            own.Add(Lower(token));
                        }

                        at += length;
                    }
                }
            }

            classCount = own.Count - 1;
            if (key.Id is { Length: > 0 } id)
            {
                own.Add(id.ToLowerInvariant());
            }

            if (key.Role is { Length: > 0 } role)
            {
                own.Add(role.ToLowerInvariant());
            }

            return [.. own];
        }

        /// <summary>True when <paramref name="token"/> equals a class token of <paramref name="cls"/> already taken.</summary>
        private bool SeenBefore(string cls, ReadOnlySpan<char> token)
        {
            foreach (var (start, length) in _classTokens)
            {
                if (cls.AsSpan(start, length).SequenceEqual(token))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsBylineElement(in FactsKey key)
        {
            if (string.Equals(key.Rel, "author", StringComparison.OrdinalIgnoreCase)
                || (key.ItemProp is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // The pattern has no space in it, so matching class and id apart is matching "class id".
            return (key.Class is not null && HtmlVocabulary.HasBylineWord(LowerInScratch(key.Class)))
                || (key.Id is not null && HtmlVocabulary.HasBylineWord(LowerInScratch(key.Id)));
        }

        private bool IsHidden(in FactsKey key, ReadOnlySpan<string> classTokens)
        {
            if (IsHiddenByStyle(key))
            {
                return true;
            }

            foreach (var token in classTokens)
            {
                if (HtmlVocabulary.ScreenReaderClasses.Contains(token))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An inline display:none or visibility:hidden, unless the element is a paywalled story's text.</summary>
        private bool IsHiddenByStyle(in FactsKey key)
        {
            if (key.Style is not { Length: > 0 } style)
            {
                return false;
            }

            var compact = WithoutSpacesInScratch(style);
            return (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
                && !IsGatedStory(key.Class);
        }

        /// <summary>A lower-case string of <paramref name="text"/>, one allocation.</summary>
        private string Lower(ReadOnlySpan<char> text) => new(LowerInScratch(text));

        /// <summary><paramref name="text"/> lower-cased into the scratch buffer (valid until the next use).</summary>
        private ReadOnlySpan<char> LowerInScratch(ReadOnlySpan<char> text)
        {
            var buffer = Scratch(text.Length);
            // Span lower-casing maps each character as string.ToLowerInvariant does.
            int n = text.ToLowerInvariant(buffer);
            return buffer[..n];
        }

        /// <summary><paramref name="text"/> without its ' ' characters, in the scratch buffer (valid until the next use).</summary>
        private ReadOnlySpan<char> WithoutSpacesInScratch(string text)
        {
            var buffer = Scratch(text.Length);
            int n = 0;
            foreach (char c in text)
            {
                if (c != ' ')
                {
                    buffer[n++] = c;
                }
            }

            return buffer[..n];
        }

        private Span<char> Scratch(int length)
        {
            if (_scratch.Length < length)
            {
                _scratch = new char[Math.Max(length, _scratch.Length * 2)];
            }

            return _scratch.AsSpan(0, length);
        }

        private void RecordTime(HtmlTreeElement element, Frame frame)
        {
            var raw = element.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(raw) || !HtmlMetadataReader.TryParseMachineDate(raw, out var date))
            {
                return;
            }

            var words = WordsOf(_words, element.GetAttribute("class"), element.GetAttribute("id"), element.GetAttribute("role"), element.GetAttribute("itemprop"), element.GetAttribute("rel"));
            var info = new HtmlElementInfo(_nextId++, "time", words, frame.Info, false);
            bool published = element.HasAttribute("pubdate") || words.Contains("datepublished", StringComparison.Ordinal)
                || words.Contains("publish", StringComparison.Ordinal) || words.Contains("entry-date", StringComparison.Ordinal);
            bool modified = words.Contains("modified", StringComparison.Ordinal) || words.Contains("updated", StringComparison.Ordinal);
            Times.Add(new HtmlTimeElement(date, info, published && !modified, modified));
        }
    }

    /// <summary>
    /// Lower-case class, id, role, itemprop and rel words: the non-blank values, each cut at 300
    /// characters, joined by spaces, every whitespace character a space. Built in
    /// <paramref name="builder"/> (cleared first) so a reader reuses one.
    /// </summary>
    private static string WordsOf(StringBuilder builder, string? cls, string? id, string? role, string? itemprop, string? rel)
    {
        if (cls is null && id is null && role is null && itemprop is null && rel is null)
        {
            return "";
        }

        string? only = null;
        int parts = 0;
        foreach (var part in (ReadOnlySpan<string?>)[cls, id, role, itemprop, rel])
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                only = part;
                parts++;
            }
        }

        // The common case, one short lower-case value ("entry-content", "post type-post"): the value itself.
        if (parts == 1 && only!.Length <= 300 && IsLowerAsciiWord(only))
        {
            return only;
        }

        builder.Clear();
        foreach (var part in (ReadOnlySpan<string?>)[cls, id, role, itemprop, rel])
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(part, 0, Math.Min(part.Length, 300));
            }
        }

        bool ascii = true;
        for (int i = 0; i < builder.Length; i++)
        {
            char c = builder[i];
            if (char.IsWhiteSpace(c))
            {
                builder[i] = ' ';
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                builder[i] = (char)(c | 0x20);
            }
            else if (!char.IsAscii(c))
            {
                ascii = false;
            }
        }

        // Beyond ASCII, the invariant culture lower-cases (as before, on the whole string).
        return ascii ? builder.ToString() : builder.ToString().ToLowerInvariant();
    }

    /// <summary>True when <paramref name="text"/> is ASCII with no upper-case letter and no whitespace but ' ' (so the words are the text itself).</summary>
    private static bool IsLowerAsciiWord(string text) => !text.AsSpan().ContainsAnyExcept(LowerWordChars);

    /// <summary>The characters of <see cref="IsLowerAsciiWord"/>: ASCII but upper-case letters and whitespace other than ' '.</summary>
    private static readonly System.Buffers.SearchValues<char> LowerWordChars = CharsWhere(c => char.IsAscii(c) && !char.IsAsciiLetterUpper(c) && (c == ' ' || !char.IsWhiteSpace(c)));

    /// <summary>The characters of a simple attribute value (<c>Walker.IsSimple</c>): printable ASCII and HTML spaces.</summary>
    private static readonly System.Buffers.SearchValues<char> SimpleChars = CharsWhere(c => c is >= ' ' and <= '~' or '\t' or '\n' or '\r' or '\f');

    /// <summary>A vectorised set of the characters below 128 that <paramref name="keep"/> accepts (the tests above never accept more).</summary>
    private static System.Buffers.SearchValues<char> CharsWhere(Func<char, bool> keep)
    {
        var chars = new List<char>(128);
        for (char c = '\0'; c < (char)128; c++)
        {
            if (keep(c))
            {
                chars.Add(c);
            }
        }

        return System.Buffers.SearchValues.Create(chars.ToArray());
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> are not white space by <see cref="char.IsWhiteSpace(char)"/>:
    /// eight ASCII characters at a time (there white space is U+0009 to U+000D and the space), one at a
    /// time where a group holds a character above U+007F.
    /// </summary>
    internal static int CountVisible(ReadOnlySpan<char> text)
    {
        int i = 0;
        int spaces = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var controls = Vector128.Create((ushort)5);
            var ascii = Vector128.Create((ushort)0x7F);
            int last = text.Length - Vector128<ushort>.Count;
            for (; i <= last; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                if (Vector128.GreaterThanAny(v, ascii))
                {
                    for (int j = i; j < i + Vector128<ushort>.Count; j++)
                    {
                        if (char.IsWhiteSpace(text[j]))
                        {
                            spaces++;
                        }
                    }

                    continue;
                }

                // U+0009..U+000D: v - 9 below 5 (unsigned, so smaller characters wrap above it).
                var white = Vector128.Equals(v, space) | Vector128.LessThan(v - tab, controls);
                spaces += BitOperations.PopCount(Vector128.ExtractMostSignificantBits(white));
            }
        }

        for (; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                spaces++;
            }
        }

        return text.Length - spaces;
    }

    /// <summary>The characters below 128 that char.IsWhiteSpace accepts.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiWhiteSpace = CharsWhere(char.IsWhiteSpace);

    /// <summary>The separators of a class attribute (HTML's ASCII whitespace).</summary>
    private static readonly System.Buffers.SearchValues<char> HtmlSpaces = System.Buffers.SearchValues.Create(" \t\n\r\f");

    /// <summary>The space-separated token of <paramref name="words"/> at <paramref name="index"/> (empty between two spaces); moves past it.</summary>
    private static ReadOnlySpan<char> NextToken(string words, ref int index)
    {
        int start = index;
        int space = words.IndexOf(' ', start);
        int end = space < 0 ? words.Length : space;
        index = end + 1;
        return words.AsSpan(start, end - start);
    }

    /// <summary>
    /// The story's paragraphs a paywall script hides until the reader logs in ("subscriber-only"
    /// with display:none): they are the article, shown to subscribers, not hidden furniture.
    /// </summary>
    private static bool IsGatedStory(string? cls)
    {
        if (cls is not { Length: > 0 })
        {
            return false;
        }

        foreach (var token in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HtmlVocabulary.GatedContentClasses.Contains(token.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static string PathOf(HtmlElementInfo info)
    {
        // The last six tags joined by '/', written right to left into the string (no list, no join).
        int count = 0;
        int length = -1;
        for (var e = info; e is not null && count < 6; e = e.Parent)
        {
            count++;
            length += e.Tag.Length + 1;
        }

        return string.Create(length, info, static (chars, last) =>
        {
            int end = chars.Length;
            for (var e = last; end > 0; e = e.Parent!)
            {
                int start = end - e.Tag.Length;
                e.Tag.AsSpan().CopyTo(chars[start..]);
                if (start > 0)
                {
                    chars[start - 1] = '/';
                }

                end = start - 1;
            }
        });
    }
}
