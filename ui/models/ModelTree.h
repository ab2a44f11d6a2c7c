#pragma once

#include <cstddef>
#include <vector>

namespace paceline {

/// The rows of a small tree model, rebuilt whenever the model resets: node 0 is the
/// invisible root, and a QModelIndex's internal id is its node's number here, so
/// index() and parent() are lookups without pointers into the data.
template <typename Payload> class ModelTree {
public:
    struct Node {
        Payload payload;
        int parent = -1;
        int row = 0;
        std::vector<int> children;

        friend bool operator==(const Node&, const Node&) = default;
    };

    ModelTree() { clear(); }

    void clear(Payload rootPayload = {})
    {
        m_nodes.clear();
        m_nodes.push_back(Node{std::move(rootPayload), -1, 0, {}});
    }

    /// Appends a child of `parent` and returns its number.
    int add(int parent, Payload payload)
    {
        const int number = int(m_nodes.size());
        const int row = int(m_nodes[std::size_t(parent)].children.size());
        m_nodes.push_back(Node{std::move(payload), parent, row, {}});
        m_nodes[std::size_t(parent)].children.push_back(number);
        return number;
    }

    const Node& node(int number) const { return m_nodes[std::size_t(number)]; }
    bool contains(int number) const { return number >= 0 && number < int(m_nodes.size()); }
    int size() const { return int(m_nodes.size()); }

    /// The child at `row` of `parent`, or -1.
    int child(int parent, int row) const
    {
        if (!contains(parent))
            return -1;
        const std::vector<int>& children = node(parent).children;
        return row >= 0 && row < int(children.size()) ? children[std::size_t(row)] : -1;
    }

    /// Same rows in the same places: a rebuild that needs no reset.
    friend bool operator==(const ModelTree&, const ModelTree&) = default;

private:
    std::vector<Node> m_nodes;
};

} // namespace paceline
