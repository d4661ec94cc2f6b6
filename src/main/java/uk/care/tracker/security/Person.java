package uk.care.tracker.security;

/** A Camunda user as a message needs them: who, how to greet them, and where to write (null when unknown). */
public record Person(String userId, String firstName, String lastName, String email) {

    public static Person unknown(String userId) {
        return new Person(userId, null, null, null);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public String greetingName() {
        return firstName != null && !firstName.isBlank() ? firstName : userId;
    }

    public String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? userId : name;
    }
}
