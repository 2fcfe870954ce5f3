using System.Collections;
using System.Collections.Frozen;
using System.Reflection;
using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace NewsParsing.Reading;

// The reader's own tree: AngleSharp's tree builder (the HTML spec's insertion modes, foster
// parenting, the adoption agency, foreign content) builds it through the IConstructable*
// interfaces, so the tree is the one AngleSharp's DOM would be, but each element is a tag,
// a namespace, its attributes and its children. AngleSharp's own elements carry a browsing
// context's worth of fields, observers and per-type behaviour (an image that would load, a
// style sheet that would parse) that the reader never uses: building them was most of a read.

/// <summary>A node of <see cref="HtmlTreeDocument"/>: its parent and children, which it lists itself (no list object per node).</summary>
internal abstract class HtmlTreeNode : IConstructableNode, IConstructableNodeList
{
    private static readonly HtmlTreeNode[] NoChildren = [];

    private HtmlTreeNode[] _children = NoChildren;

    protected HtmlTreeNode(NodeFlags flags) => Flags = flags;

    /// <summary>The parent node, or null.</summary>
    public HtmlTreeNode? Parent { get; private set; }

    /// <summary>Number of children.</summary>
    public int ChildCount { get; private set; }

    /// <summary>The flags AngleSharp's DOM gives the same node; the tree builder decides by them.</summary>
    public NodeFlags Flags { get; }

    /// <summary>The child at <paramref name="index"/>.</summary>
    public HtmlTreeNode Child(int index) => _children[index];

    /// <summary>The last child, or null.</summary>
    public HtmlTreeNode? LastChild => ChildCount == 0 ? null : _children[ChildCount - 1];

    /// <summary>The text of the descendant text nodes in document order, as the DOM's TextContent (template contents are not children here either).</summary>
    public string TextContent
    {
        get
        {
            if (ChildCount == 1 && _children[0] is HtmlTreeText only)
            {
                return only.Data;
            }

            var builder = new System.Text.StringBuilder();
            var stack = new Stack<(HtmlTreeNode Node, int Next)>();
            stack.Push((this, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next >= node.ChildCount)
                {
                    continue;
                }

                stack.Push((node, next + 1));
                var child = node._children[next];
                if (child is HtmlTreeText text)
                {
                    builder.Append(text.Data);
                }
                else if (child.ChildCount > 0)
                {
                    stack.Push((child, 0));
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>The index of <paramref name="child"/> among the children, or -1.</summary>
    public int IndexOf(HtmlTreeNode child) => Array.IndexOf(_children, child, 0, ChildCount);

    internal void Insert(int index, HtmlTreeNode node)
    {
        if (this is HtmlTreeDocument document && node is HtmlTreeElement && document.DocumentElement is not null)
        {
            // The generic tree builder's foster parenting looks for AngleSharp's own table and template
            // classes, finds neither in this tree and puts the element at the document's end.
            document.NeedsDom = true;
        }

        if (ChildCount == _children.Length)
        {
            Array.Resize(ref _children, Math.Max(4, ChildCount * 2));
        }

        if (index < ChildCount)
        {
            Array.Copy(_children, index, _children, index + 1, ChildCount - index);
        }

        _children[index] = node;
        ChildCount++;
        node.Parent = this;
    }

    internal void RemoveAt(int index)
    {
        var node = _children[index];
        ChildCount--;
        if (index < ChildCount)
        {
            Array.Copy(_children, index + 1, _children, index, ChildCount - index);
        }

        _children[ChildCount] = null!;
        node.Parent = null;
    }

    internal void RemoveAll()
    {
        for (int i = 0; i < ChildCount; i++)
        {
            _children[i].Parent = null;
        }

        _children = NoChildren;
        ChildCount = 0;
    }

    /// <summary>
    /// Text as AngleSharp's DOM adds it: joined to a text node right before the place (or right
    /// after it, when inserting), else a new text node. Whitespace-only text is kept, as AngleSharp's
    /// own builder keeps it (the generic builder would drop it, and a space between two inline
    /// elements is a word break the reader needs).
    /// </summary>
    private void InsertTextAt(int index, StringOrMemory text)
    {
        if (index > 0 && index <= ChildCount && _children[index - 1] is HtmlTreeText before)
        {
            before.Data = string.Concat(before.Data, text.Memory.Span);
        }
        else if (index >= 0 && index < ChildCount && _children[index] is HtmlTreeText after)
        {
            after.Data = string.Concat(text.Memory.Span, after.Data);
        }
        else
        {
            Insert(index, new HtmlTreeText(text.ToString()));
        }
    }

    StringOrMemory IConstructableNode.NodeName => NodeNameForBuilder;

    /// <summary>What the builder compares when it counts equal formatting elements (the qualified name for an element).</summary>
    private protected virtual string NodeNameForBuilder => "";

    NodeFlags IConstructableNode.Flags => Flags;

    IConstructableNode? IConstructableNode.Parent
    {
        get => Parent;
        set
        {
            // As AngleSharp's Node: setting null is ignored (removing a child clears its parent).
            if (value is not null)
            {
                Parent = (HtmlTreeNode)value;
            }
        }
    }

    IConstructableNodeList IConstructableNode.ChildNodes => this;

    void IConstructableNode.RemoveFromParent() => Parent?.RemoveAt(Parent.IndexOf(this));

    void IConstructableNode.RemoveChild(IConstructableNode childNode) => RemoveAt(IndexOf((HtmlTreeNode)childNode));

    void IConstructableNode.RemoveNode(int idx, IConstructableNode childNode) => RemoveAt(idx);

    void IConstructableNode.InsertNode(int idx, IConstructableNode childNode) => Insert(idx, (HtmlTreeNode)childNode);

    void IConstructableNode.AddNode(IConstructableNode node) => Insert(ChildCount, (HtmlTreeNode)node);

    void IConstructableNode.AppendText(StringOrMemory text, bool emitWhiteSpaceOnly) => InsertTextAt(ChildCount, text);

    void IConstructableNode.InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly) => InsertTextAt(idx, text);

    IConstructableNode IConstructableNodeList.this[int index] => _children[index];

    int IConstructableNodeList.Length => ChildCount;

    void IConstructableNodeList.Clear() => RemoveAll();

    IEnumerator<IConstructableNode> IEnumerable<IConstructableNode>.GetEnumerator()
    {
        for (int i = 0; i < ChildCount; i++)
        {
            yield return _children[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<IConstructableNode>)this).GetEnumerator();
}

/// <summary>A text node.</summary>
internal sealed class HtmlTreeText(string data) : HtmlTreeNode(NodeFlags.None)
{
    /// <summary>The text, entities decoded.</summary>
    public string Data { get; internal set; } = data;
}

/// <summary>A doctype: kept in the tree so child positions are those of AngleSharp's document.</summary>
internal sealed class HtmlTreeDoctype() : HtmlTreeNode(NodeFlags.None);

/// <summary>An attribute: name (qualified, as written or as foreign content adjusts it), value and namespace (a value: no object per attribute).</summary>
internal readonly record struct HtmlTreeAttribute(string Name, string Value, string? NamespaceUri);

/// <summary>An element: local name, namespace, attributes in source order, children.</summary>
internal class HtmlTreeElement : HtmlTreeNode, IConstructableElement, IConstructableNamedNodeMap
{
    private static readonly HtmlTreeAttribute[] NoAttributes = [];

    private readonly HtmlTreeDocument _document;
    private HtmlTreeAttribute[] _attributes = NoAttributes;
    private int _attributeCount;

    internal HtmlTreeElement(HtmlTreeDocument document, string localName, string prefix, string namespaceUri, NodeFlags flags)
        : base(flags)
    {
        _document = document;
        LocalName = localName;
        Prefix = prefix;
        NamespaceUri = namespaceUri;
        NodeNameForBuilder = prefix.Length == 0 ? localName : prefix + ":" + localName;
        _localName = localName;
        _prefix = prefix;
        _namespaceUri = namespaceUri;
    }

    // The names as the builder reads them, made once: it asks for the local name of open elements
    // at every scope test.
    private readonly StringOrMemory _localName;
    private readonly StringOrMemory _prefix;
    private readonly StringOrMemory _namespaceUri;

    /// <summary>The local name: lower case for HTML elements, as adjusted for SVG ("foreignObject").</summary>
    public string LocalName { get; }

    /// <summary>The prefix, or "".</summary>
    public string Prefix { get; }

    /// <summary>The namespace URI.</summary>
    public string NamespaceUri { get; }

    /// <summary>True for an element of the HTML namespace.</summary>
    public bool IsHtml => ReferenceEquals(NamespaceUri, NamespaceNames.HtmlUri);

    /// <summary>
    /// True for an element the builder made as an unknown element whatever its name (a "title" or "head"
    /// tag inside a select): AngleSharp's DOM gives it no element class, so it is no document title, head or body.
    /// </summary>
    public bool IsUnknown { get; init; }

    /// <summary>True for an HTML element of that tag made as such (AngleSharp's element class of the tag, as its Title, Head and Body look for).</summary>
    public bool IsHtmlTag(string tag) => IsHtml && !IsUnknown && LocalName == tag;

    /// <summary>Number of attributes.</summary>
    public int AttributeCount => _attributeCount;

    private protected override string NodeNameForBuilder { get; }

    /// <summary>The attribute at <paramref name="index"/>, in source order.</summary>
    public HtmlTreeAttribute Attribute(int index) => _attributes[index];

    /// <summary>The value of the first attribute named <paramref name="name"/> (qualified name, as the DOM's GetAttribute on an HTML element), or null.</summary>
    /// <exception cref="InvalidOperationException">The name is not one of <see cref="HtmlPrefilter.KeptAttributes"/>.</exception>
    public string? GetAttribute(string name)
    {
        // The prefilter cuts every attribute it does not list before parsing, so asking for another
        // would silently find nothing on every page: a reader change that forgot the list fails at once.
        if (!HtmlPrefilter.IsKeptAttribute(LocalName, name))
        {
            throw new InvalidOperationException($"The HTML reader asks for the attribute '{name}' of a {LocalName} element, which {nameof(HtmlPrefilter)} cuts before parsing: add it to {nameof(HtmlPrefilter)}.{nameof(HtmlPrefilter.KeptAttributes)} (or keep it in {nameof(HtmlPrefilter.IsKeptAttribute)}).");
        }

        for (int i = 0; i < _attributeCount; i++)
        {
            if (string.Equals(_attributes[i].Name, name, StringComparison.Ordinal))
            {
                return _attributes[i].Value;
            }
        }

        return null;
    }

    /// <summary>True when the element has an attribute named <paramref name="name"/>.</summary>
    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>The nearest of this element and its ancestors whose (HTML, case-insensitive) tag is one of <paramref name="tags"/>, as a CSS type-selector list in Closest.</summary>
    public HtmlTreeElement? Closest(ReadOnlySpan<string> tags)
    {
        for (HtmlTreeNode? node = this; node is HtmlTreeElement element; node = node.Parent)
        {
            foreach (var tag in tags)
            {
                if (string.Equals(element.LocalName, tag, StringComparison.OrdinalIgnoreCase))
                {
                    return element;
                }
            }
        }

        return null;
    }

    internal void AddAttribute(HtmlTreeAttribute attribute) => Add(attribute);

    private void Add(HtmlTreeAttribute attribute)
    {
        if (_attributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, Math.Max(2, _attributeCount * 2));
        }

        _attributes[_attributeCount++] = attribute;
    }

    private int Find(ReadOnlySpan<char> name, string? namespaceUri)
    {
        for (int i = 0; i < _attributeCount; i++)
        {
            var a = _attributes[i];
            if (string.Equals(a.NamespaceUri, namespaceUri, StringComparison.Ordinal) && name.SequenceEqual(a.Name))
            {
                return i;
            }
        }

        return -1;
    }

    StringOrMemory IConstructableElement.NamespaceUri => _namespaceUri;

    StringOrMemory IConstructableElement.LocalName => _localName;

    StringOrMemory IConstructableElement.Prefix => _prefix;

    IConstructableNamedNodeMap IConstructableElement.Attributes => this;

    ISourceReference? IConstructableElement.SourceReference { get; set; }

    void IConstructableElement.SetAttribute(string? ns, StringOrMemory name, StringOrMemory value)
    {
        // As AngleSharp's Element.SetAttribute(namespace, name, value) through NamedNodeMap.SetNamedItem:
        // an attribute of the same qualified name is replaced in its place, whatever its namespace
        // (an SVG element's xlink:href, adjusted to "href" in the XLink namespace, replaces its href).
        var attribute = new HtmlTreeAttribute(_document.Name(name), value.ToString(), string.IsNullOrEmpty(ns) ? null : ns);
        for (int i = 0; i < _attributeCount; i++)
        {
            if (string.Equals(_attributes[i].Name, attribute.Name, StringComparison.Ordinal))
            {
                _attributes[i] = attribute;
                return;
            }
        }

        Add(attribute);
    }

    void IConstructableElement.SetOwnAttribute(StringOrMemory name, StringOrMemory value)
    {
        // As AngleSharp's SetNamedItemWithNamespaceUri for an attribute without namespace: replaces one of that name.
        int at = Find(name.Memory.Span, null);
        var attribute = new HtmlTreeAttribute(_document.Name(name), HtmlTreeDocument.Value(value), null);
        if (at >= 0)
        {
            _attributes[at] = attribute;
        }
        else
        {
            Add(attribute);
        }
    }

    StringOrMemory IConstructableElement.GetAttribute(StringOrMemory @namespace, StringOrMemory name)
    {
        int at = Find(name.Memory.Span, @namespace.IsNullOrEmpty ? null : @namespace.ToString());
        return at < 0 ? StringOrMemory.Empty : _attributes[at].Value;
    }

    void IConstructableElement.SetAttributes(StructAttributes tagAttributes)
    {
        // As AngleSharp's Element: every attribute of the token, in order, no duplicate check (the tokenizer drops duplicates).
        int count = tagAttributes.Count;
        if (count == 0)
        {
            return;
        }

        if (_attributes.Length < _attributeCount + count)
        {
            Array.Resize(ref _attributes, _attributeCount + count);
        }

        for (int i = 0; i < count; i++)
        {
            var token = tagAttributes[i];
            _attributes[_attributeCount++] = new HtmlTreeAttribute(_document.Name(token.Name), HtmlTreeDocument.Value(token.Value), null);
        }
    }

    bool IConstructableElement.HasAttribute(StringOrMemory name) => Find(name.Memory.Span, null) >= 0;

    void IConstructableElement.SetupElement() => Closed();

    /// <summary>Called when the builder closes the element (its SetupElement); nothing to set up: no resource loads, no attribute observers.</summary>
    private protected virtual void Closed()
    {
    }

    void IConstructableElement.AddComment(ref StructHtmlToken token)
    {
        // Comments are not kept: the reader never reads them (and the parser skips them anyway).
    }

    IConstructableNode IConstructableElement.ShallowCopy()
    {
        // Reconstructing an active formatting element: same name, namespace, flags and attributes.
        var copy = new HtmlTreeElement(_document, LocalName, Prefix, NamespaceUri, Flags);
        for (int i = 0; i < _attributeCount; i++)
        {
            var a = _attributes[i];
            copy.Add(new HtmlTreeAttribute(a.Name, a.Value, a.NamespaceUri));
        }

        return copy;
    }

    IConstructableAttr? IConstructableNamedNodeMap.this[StringOrMemory name]
    {
        get
        {
            // As AngleSharp's NamedNodeMap indexer: the first attribute with that qualified name.
            var span = name.Memory.Span;
            for (int i = 0; i < _attributeCount; i++)
            {
                if (span.SequenceEqual(_attributes[i].Name))
                {
                    return new AttributeView(this, i);
                }
            }

            return null;
        }
    }

    int IConstructableNamedNodeMap.Length => _attributeCount;

    /// <summary>An attribute as the builder asks for it by name (only to compare formatting elements, so made on demand).</summary>
    private sealed class AttributeView(HtmlTreeElement element, int index) : IConstructableAttr
    {
        public StringOrMemory Name => element._attributes[index].Name;

        public StringOrMemory Value
        {
            get => element._attributes[index].Value;
            set => element._attributes[index] = element._attributes[index] with { Value = value.ToString() };
        }
    }

    bool IConstructableNamedNodeMap.SameAs(IConstructableNamedNodeMap? attributes)
    {
        if (attributes is null || attributes.Length != _attributeCount)
        {
            return false;
        }

        for (int i = 0; i < _attributeCount; i++)
        {
            var a = _attributes[i];
            if (attributes[a.Name] is not { } other || !other.Value.Memory.Span.SequenceEqual(a.Value))
            {
                return false;
            }
        }

        return true;
    }
}

// The elements the tree builder asks for by kind, one class per kind as in AngleSharp's DOM (the
// builder tests the kind: an end tag in foreign content closing an IConstructableScriptElement runs
// it). None acts: no charset switch, no script, no form bookkeeping.

/// <summary>A meta element; its charset is not looked up (the reader is given decoded text).</summary>
internal sealed class HtmlTreeMeta(HtmlTreeDocument document)
    : HtmlTreeElement(document, "meta", "", NamespaceNames.HtmlUri, HtmlTreeFactory.FlagsOf(NamespaceNames.HtmlUri, "meta")), IConstructableMetaElement
{
    void IConstructableMetaElement.Handle()
    {
    }
}

/// <summary>A script element, never run (scripting is off).</summary>
internal sealed class HtmlTreeScript(HtmlTreeDocument document)
    : HtmlTreeElement(document, "script", "", NamespaceNames.HtmlUri, HtmlTreeFactory.FlagsOf(NamespaceNames.HtmlUri, "script")), IConstructableScriptElement
{
    Task IConstructableScriptElement.RunAsync(CancellationToken cancel) => Task.CompletedTask;

    bool IConstructableScriptElement.Prepare(IConstructableDocument document) => false;
}

/// <summary>A frame element.</summary>
internal sealed class HtmlTreeFrame(HtmlTreeDocument document)
    : HtmlTreeElement(document, "frame", "", NamespaceNames.HtmlUri, HtmlTreeFactory.FlagsOf(NamespaceNames.HtmlUri, "frame")), IConstructableFrameElement;

/// <summary>A form element.</summary>
internal sealed class HtmlTreeForm(HtmlTreeDocument document)
    : HtmlTreeElement(document, "form", "", NamespaceNames.HtmlUri, HtmlTreeFactory.FlagsOf(NamespaceNames.HtmlUri, "form")), IConstructableFormElement;

/// <summary>An SVG element.</summary>
internal sealed class HtmlTreeSvg(HtmlTreeDocument document, string name)
    : HtmlTreeElement(document, name, "", NamespaceNames.SvgUri, HtmlTreeFactory.FlagsOf(NamespaceNames.SvgUri, name)), IConstructableSvgElement;

/// <summary>A MathML element.</summary>
internal sealed class HtmlTreeMath(HtmlTreeDocument document, string name)
    : HtmlTreeElement(document, name, "", NamespaceNames.MathMlUri, HtmlTreeFactory.FlagsOf(NamespaceNames.MathMlUri, name)), IConstructableMathElement;

/// <summary>
/// A template: its contents are not its children in the DOM (they go to a document fragment when
/// it closes, or to a shadow root), and nothing reads them, so they are dropped when it closes.
/// </summary>
internal sealed class HtmlTreeTemplate(HtmlTreeDocument document, NodeFlags flags)
    : HtmlTreeElement(document, "template", "", NamespaceNames.HtmlUri, flags), IConstructableTemplateElement
{
    /// <summary>
    /// True when the builder closed the template other than through its end (its contents never went to
    /// a fragment): where it clears the stack back to a table context, AngleSharp's builder stops at
    /// its own template class and so at no template of this tree. The page is then parsed into the DOM.
    /// An unclosed template at the end of the page gets here too, which only costs that second parse.
    /// </summary>
    public bool ClosedWithoutContents { get; private set; }

    private protected override void Closed() => ClosedWithoutContents = true;

    void IConstructableTemplateElement.PopulateFragment()
    {
        RemoveAll();
        ClosedWithoutContents = false;
    }
}

/// <summary>The document: its children (doctype, html element), and the few document states the tree builder sets.</summary>
internal sealed class HtmlTreeDocument : HtmlTreeNode, IConstructableDocument
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    internal HtmlTreeDocument(TextSource source)
        : base(NodeFlags.None)
    {
        Source = source;
    }

    /// <summary>The html element: the first child that is an HTML html element, as AngleSharp's DocumentElement.</summary>
    public HtmlTreeElement? DocumentElement => FindChild(this, "html");

    /// <summary>The first HTML head child of the html element, as AngleSharp's Head.</summary>
    public HtmlTreeElement? Head => DocumentElement is { } root ? FindChild(root, "head") : null;

    /// <summary>The first HTML body or frameset child of the html element, as AngleSharp's Body.</summary>
    public HtmlTreeElement? Body
    {
        get
        {
            if (DocumentElement is not { } root)
            {
                return null;
            }

            for (int i = 0; i < root.ChildCount; i++)
            {
                if (root.Child(i) is HtmlTreeElement body && (body.IsHtmlTag("body") || body.IsHtmlTag("frameset")))
                {
                    return body;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The document title as AngleSharp's HtmlDocument.Title: the text of the first HTML title element
    /// below the html element (depth first, at most 1024 levels down), whitespace collapsed and
    /// trimmed; "" when there is none.
    /// </summary>
    public string Title
    {
        get
        {
            if (DocumentElement is { } root && FindDescendant(root, "title", 1024) is { } title)
            {
                return title.TextContent.CollapseAndStrip();
            }

            return "";
        }
    }

    public TextSource Source { get; }

    public IDisposable? Builder { get; set; }

    /// <summary>
    /// True when the tree builder took a path where it tests AngleSharp's own element classes and so
    /// builds this tree differently: foster parenting of an element out of a table (it finds no
    /// table), a template closed as a table context is cleared (it finds no template). The page is
    /// then parsed into AngleSharp's DOM and copied (<see cref="FromDom"/>); rare (misnested table markup).
    /// </summary>
    public bool NeedsDom { get; internal set; }

    /// <summary>The templates the builder made, or null.</summary>
    internal List<HtmlTreeTemplate>? Templates { get; set; }

    /// <summary>True when this tree was copied from AngleSharp's DOM.</summary>
    public bool FromAngleSharpDom { get; private set; }

    /// <summary>A copy of AngleSharp's DOM of <paramref name="dom"/> in this tree's types (a template's contents are not its children there either).</summary>
    public static HtmlTreeDocument FromDom(IDocument dom)
    {
        var document = new HtmlTreeDocument(new TextSource(string.Empty)) { FromAngleSharpDom = true };
        var stack = new Stack<(INode From, HtmlTreeNode To)>();
        stack.Push((dom, document));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var children = from.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                HtmlTreeNode? copy = children[i] switch
                {
                    IText text => new HtmlTreeText(text.Data),
                    IElement element => CopyElement(document, element),
                    IDocumentType => new HtmlTreeDoctype(),
                    _ => null,
                };
                if (copy is null)
                {
                    continue;
                }

                to.Insert(to.ChildCount, copy);
                if (copy is HtmlTreeElement && children[i].HasChildNodes)
                {
                    stack.Push((children[i], copy));
                }
            }
        }

        return document;
    }

    private static HtmlTreeElement CopyElement(HtmlTreeDocument document, IElement element)
    {
        var ns = Namespace(element.NamespaceUri) ?? NamespaceNames.HtmlUri;
        var name = HtmlTreeFactory.KnownName(element.LocalName) ?? element.LocalName;
        var copy = ReferenceEquals(ns, NamespaceNames.HtmlUri) && name == "template"
            ? new HtmlTreeTemplate(document, HtmlTreeFactory.FlagsOf(ns, name))
            : new HtmlTreeElement(document, name, element.Prefix ?? "", ns, HtmlTreeFactory.FlagsOf(ns, name)) { IsUnknown = element is AngleSharp.Html.Dom.IHtmlUnknownElement };
        foreach (var attribute in element.Attributes)
        {
            copy.AddAttribute(new HtmlTreeAttribute(attribute.Name, attribute.Value, Namespace(attribute.NamespaceUri)));
        }

        return copy;
    }

    /// <summary>The namespace as the shared constant (this tree compares namespaces by reference).</summary>
    private static string? Namespace(string? uri) => uri switch
    {
        null or "" => null,
        _ when uri == NamespaceNames.HtmlUri => NamespaceNames.HtmlUri,
        _ when uri == NamespaceNames.SvgUri => NamespaceNames.SvgUri,
        _ when uri == NamespaceNames.MathMlUri => NamespaceNames.MathMlUri,
        _ when uri == NamespaceNames.XLinkUri => NamespaceNames.XLinkUri,
        _ when uri == NamespaceNames.XmlUri => NamespaceNames.XmlUri,
        _ when uri == NamespaceNames.XmlNsUri => NamespaceNames.XmlNsUri,
        _ => uri,
    };

    public QuirksMode QuirksMode { get; set; }

    IConstructableElement? IConstructableDocument.Head => Head;

    IConstructableElement IConstructableDocument.DocumentElement => DocumentElement!;

    bool IConstructableDocument.IsLoading => false;

    /// <summary>A name as a string: a known name is shared, others are shared within the document.</summary>
    internal string Name(StringOrMemory name)
    {
        // The tokenizer gives well-known tag and attribute names as its own strings: taken as they are.
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetString(name.Memory, out var text, out int start, out int length) && start == 0 && length == text.Length)
        {
            return text;
        }

        return HtmlTreeFactory.KnownName(name.Memory.Span) ?? Share(name);
    }

    /// <summary>An attribute value as a string (not shared: hashing each value to share it costs more than the string).</summary>
    internal static string Value(StringOrMemory value) => value.Length == 0 ? "" : value.ToString();

    private string Share(StringOrMemory text)
    {
#if NET9_0_OR_GREATER
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text.Memory.Span, out var shared))
        {
            shared = text.ToString();
            _strings[shared] = shared;
        }

        return shared;
#else
        var s = text.ToString();
        if (_strings.TryGetValue(s, out var shared))
        {
            return shared;
        }

        _strings[s] = s;
        return s;
#endif
    }

    private static HtmlTreeElement? FindChild(HtmlTreeNode parent, string htmlTag)
    {
        for (int i = 0; i < parent.ChildCount; i++)
        {
            if (parent.Child(i) is HtmlTreeElement e && e.IsHtmlTag(htmlTag))
            {
                return e;
            }
        }

        return null;
    }

    private static HtmlTreeElement? FindDescendant(HtmlTreeNode root, string htmlTag, int maxDepth)
    {
        // Depth first in document order, as AngleSharp's FindDescendant, without recursion.
        var stack = new Stack<(HtmlTreeNode Node, int Next, int Depth)>();
        stack.Push((root, 0, maxDepth));
        while (stack.Count > 0)
        {
            var (node, next, depth) = stack.Pop();
            if (next >= node.ChildCount || depth < 0)
            {
                continue;
            }

            stack.Push((node, next + 1, depth));
            var child = node.Child(next);
            if (child is HtmlTreeElement e && e.IsHtmlTag(htmlTag))
            {
                return e;
            }

            if (child.ChildCount > 0)
            {
                stack.Push((child, 0, depth - 1));
            }
        }

        return null;
    }

    void IConstructableDocument.PerformMicrotaskCheckpoint()
    {
    }

    void IConstructableDocument.ProvideStableState()
    {
    }

    void IConstructableDocument.AddComment(ref StructHtmlToken token)
    {
    }

    void IConstructableDocument.TrackError(Exception exception)
    {
    }

    Task IConstructableDocument.WaitForReadyAsync(CancellationToken cancelToken) => Task.CompletedTask;

    Task IConstructableDocument.FinishLoadingAsync() => Task.CompletedTask;

    void IConstructableDocument.ApplyManifest()
    {
    }

    void IConstructableDocument.Clear() => RemoveAll();
}

/// <summary>
/// Makes the nodes of <see cref="HtmlTreeDocument"/> for AngleSharp's tree builder. Stateless: the
/// strings a document shares live in the document.
/// </summary>
internal sealed class HtmlTreeFactory : IDomConstructionElementFactory<HtmlTreeDocument, HtmlTreeElement>
{
    /// <summary>The one factory (it holds nothing).</summary>
    public static readonly HtmlTreeFactory Instance = new();

    /// <summary>
    /// The flags AngleSharp gives an element of each known name, per namespace, read once from
    /// elements AngleSharp's own DOM creates, so the tree builder takes the same decisions on both
    /// trees (special, scoping, implied end tags, integration points…). An unknown name gets the
    /// namespace's membership flag only, as AngleSharp's unknown elements do.
    /// </summary>
    private static readonly (FrozenDictionary<string, NodeFlags> Html, FrozenDictionary<string, NodeFlags> Svg, FrozenDictionary<string, NodeFlags> Math) KnownFlags = ReadFlags();

    /// <summary>AngleSharp's tag names and the attribute names the prefilter keeps, as shared strings.</summary>
    private static readonly FrozenDictionary<string, string> KnownNames = TagNameList().Concat(HtmlPrefilter.KeptAttributes)
        .Distinct(StringComparer.Ordinal).ToFrozenDictionary(n => n, n => n, StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The shared string of a known tag or attribute name, or null.</summary>
    internal static string? KnownName(ReadOnlySpan<char> name)
    {
#if NET9_0_OR_GREATER
        return KnownNameLookup.TryGetValue(name, out var known) ? known : null;
#else
        return KnownNames.TryGetValue(name.ToString(), out var known) ? known : null;
#endif
    }

    private static (FrozenDictionary<string, NodeFlags>, FrozenDictionary<string, NodeFlags>, FrozenDictionary<string, NodeFlags>) ReadFlags()
    {
        var html = new Dictionary<string, NodeFlags>(StringComparer.Ordinal);
        var svg = new Dictionary<string, NodeFlags>(StringComparer.Ordinal);
        var math = new Dictionary<string, NodeFlags>(StringComparer.Ordinal);
        var document = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(HtmlPageReader.ParserConfiguration)).ParseDocument("");
        foreach (var name in TagNameList())
        {
            foreach (var (ns, into) in (ReadOnlySpan<(string, Dictionary<string, NodeFlags>)>)[(NamespaceNames.HtmlUri, html), (NamespaceNames.SvgUri, svg), (NamespaceNames.MathMlUri, math)])
            {
                try
                {
                    into[name] = ((IConstructableNode)document.CreateElement(ns, name)).Flags;
                }
                catch (DomException)
                {
                    // Not a valid element name ("DOCTYPE" is one of the list): the parser never makes it.
                }
            }
        }

        return (html.ToFrozenDictionary(StringComparer.Ordinal), svg.ToFrozenDictionary(StringComparer.Ordinal), math.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static IEnumerable<string> TagNameList() =>
        typeof(TagNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!)
            .Where(n => n.Length > 0);

    internal static NodeFlags FlagsOf(string namespaceUri, string localName)
    {
        if (ReferenceEquals(namespaceUri, NamespaceNames.HtmlUri))
        {
            return KnownFlags.Html.TryGetValue(localName, out var f) ? f : NodeFlags.HtmlMember;
        }

        if (ReferenceEquals(namespaceUri, NamespaceNames.SvgUri))
        {
            return KnownFlags.Svg.TryGetValue(localName, out var f) ? f : NodeFlags.SvgMember;
        }

        return KnownFlags.Math.TryGetValue(localName, out var m) ? m : NodeFlags.MathMember;
    }

    public HtmlTreeElement Create(HtmlTreeDocument document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None)
    {
        var name = document.Name(localName);
        var pre = prefix.IsNullOrEmpty ? "" : prefix.ToString();
        return new HtmlTreeElement(document, name, pre, NamespaceNames.HtmlUri, FlagsOf(NamespaceNames.HtmlUri, name) | flags);
    }

    public HtmlTreeElement CreateNoScript(HtmlTreeDocument document, bool scripting) =>
        // With scripting on, noscript is raw text (LiteralText); the reader parses with scripting off.
        new(document, "noscript", "", NamespaceNames.HtmlUri, FlagsOf(NamespaceNames.HtmlUri, "noscript") | (scripting ? NodeFlags.LiteralText : NodeFlags.None));

    public IConstructableNode CreateDocumentType(HtmlTreeDocument document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) => new HtmlTreeDoctype();

    public IConstructableMathElement CreateMath(HtmlTreeDocument document, StringOrMemory name = default) => new HtmlTreeMath(document, document.Name(name));

    public IConstructableSvgElement CreateSvg(HtmlTreeDocument document, StringOrMemory name = default) => new HtmlTreeSvg(document, document.Name(name));

    public IConstructableMetaElement CreateMeta(HtmlTreeDocument document) => new HtmlTreeMeta(document);

    public IConstructableScriptElement CreateScript(HtmlTreeDocument document, bool parserInserted, bool started) => new HtmlTreeScript(document);

    public IConstructableFrameElement CreateFrame(HtmlTreeDocument document) => new HtmlTreeFrame(document);

    public IConstructableTemplateElement CreateTemplate(HtmlTreeDocument document)
    {
        var template = new HtmlTreeTemplate(document, FlagsOf(NamespaceNames.HtmlUri, "template"));
        (document.Templates ??= []).Add(template);
        return template;
    }

    public IConstructableFormElement CreateForm(HtmlTreeDocument document) => new HtmlTreeForm(document);

    public HtmlTreeElement CreateUnknown(HtmlTreeDocument document, StringOrMemory tagName) =>
        // AngleSharp's HtmlUnknownElement: HTML namespace, no flags but membership, whatever the name.
        new(document, document.Name(tagName), "", NamespaceNames.HtmlUri, NodeFlags.HtmlMember) { IsUnknown = true };

    public HtmlTreeDocument CreateDocument(TextSource source, IBrowsingContext? context = null) => new(source);
}

/// <summary>
/// Parses markup into <see cref="HtmlTreeDocument"/>: through AngleSharp's tree builder into the
/// reader's tree, or, where that builder would build this tree otherwise than AngleSharp's DOM
/// (<see cref="HtmlTreeDocument.NeedsDom"/>), into the DOM, copied. Not thread-safe (it holds
/// AngleSharp parsers): one per thread.
/// </summary>
internal sealed class HtmlTreeParser
{
    private readonly HtmlParser _tree = new(HtmlPageReader.ParserOptions, BrowsingContext.New(HtmlPageReader.TreeConfiguration));

    private HtmlParser? _dom;

    /// <summary>Parses <paramref name="chars"/>; the tree holds strings only, not the characters.</summary>
    public HtmlTreeDocument Parse(ReadOnlyMemory<char> chars)
    {
        HtmlTreeDocument? document = null;
        try
        {
            document = _tree.ParseDocument<HtmlTreeDocument, HtmlTreeElement>(new TextSource(new ReadOnlyMemoryTextSource(chars)));
        }
#pragma warning disable CA1031 // any failure of the generic builder on this tree is answered by AngleSharp's own DOM
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
        }
        finally
        {
            // The tokenizer's buffers go back to their pools, as after AngleSharp's own DOM parse.
            document?.Builder?.Dispose();
        }

        if (document?.Templates is { } templates && templates.Exists(t => t.ClosedWithoutContents))
        {
            document.NeedsDom = true;
        }

        if (document is { NeedsDom: false })
        {
            document.Builder = null;
            return document;
        }

        _dom ??= new HtmlParser(HtmlPageReader.ParserOptions, BrowsingContext.New(HtmlPageReader.ParserConfiguration));
        return HtmlTreeDocument.FromDom(_dom.ParseDocument(chars));
    }
}
