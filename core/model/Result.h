#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace paceline {

/// What went wrong, in words a user can act on: it names the value, file, line or
/// field that was wrong.
struct Error {
    QString message;
};

/// A value or an error. Used for everything that can fail on user input, files or
/// the database; exceptions are not used across layer boundaries. `E` needs a
/// `message` member; a richer E (with a kind) lets callers react to the cause.
template <typename T, typename E = Error> class [[nodiscard]] Result {
public:
    Result(T value) : m_content(std::move(value)) {}
    Result(E error) : m_content(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_content); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_content); }
    T& value() & { return std::get<T>(m_content); }
    T&& value() && { return std::get<T>(std::move(m_content)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const QString& errorMessage() const { return std::get<E>(m_content).message; }
    const E& error() const { return std::get<E>(m_content); }

private:
    std::variant<T, E> m_content;
};

/// Success or an Error, for operations without a value.
template <> class [[nodiscard]] Result<void, Error> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& errorMessage() const { return m_error->message; }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace paceline
