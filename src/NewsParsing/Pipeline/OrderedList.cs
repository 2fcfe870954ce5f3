using System.Collections.ObjectModel;

namespace NewsParsing;

/// <summary>
/// A list of pipeline parts that can be placed relative to each other by type, in the style of
/// Markdig's extension lists: <c>InsertBefore&lt;T&gt;</c>, <c>Find&lt;T&gt;</c>, <c>Replace&lt;T&gt;</c>.
/// </summary>
/// <typeparam name="T">The part type.</typeparam>
public sealed class OrderedList<T> : Collection<T>
    where T : class
{
    /// <summary>The first part of type <typeparamref name="TPart"/>, or null.</summary>
    public TPart? Find<TPart>()
        where TPart : class, T => this.OfType<TPart>().FirstOrDefault();

    /// <summary>True when a part of type <typeparamref name="TPart"/> is in the list.</summary>
    public bool Contains<TPart>()
        where TPart : class, T => Find<TPart>() is not null;

    /// <summary>Inserts <paramref name="item"/> before the first part of type <typeparamref name="TPart"/>, or at the end.</summary>
    /// <returns>True when a part of that type was found.</returns>
    public bool InsertBefore<TPart>(T item)
        where TPart : class, T
    {
        ArgumentNullException.ThrowIfNull(item);
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is TPart)
            {
                Insert(i, item);
                return true;
            }
        }

        Add(item);
        return false;
    }

    /// <summary>Inserts <paramref name="item"/> after the first part of type <typeparamref name="TPart"/>, or at the end.</summary>
    /// <returns>True when a part of that type was found.</returns>
    public bool InsertAfter<TPart>(T item)
        where TPart : class, T
    {
        ArgumentNullException.ThrowIfNull(item);
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is TPart)
            {
                Insert(i + 1, item);
                return true;
            }
        }

        Add(item);
        return false;
    }

    /// <summary>Replaces the first part of type <typeparamref name="TPart"/> with <paramref name="item"/>.</summary>
    /// <returns>True when a part was replaced.</returns>
    public bool Replace<TPart>(T item)
        where TPart : class, T
    {
        ArgumentNullException.ThrowIfNull(item);
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is TPart)
            {
                this[i] = item;
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes every part of type <typeparamref name="TPart"/>.</summary>
    /// <returns>True when a part was removed.</returns>
    public bool RemoveAll<TPart>()
        where TPart : class, T
    {
        bool removed = false;
        for (int i = Count - 1; i >= 0; i--)
        {
            if (this[i] is TPart)
            {
                RemoveAt(i);
                removed = true;
            }
        }

        return removed;
    }

    /// <inheritdoc />
    protected override void InsertItem(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }
}
