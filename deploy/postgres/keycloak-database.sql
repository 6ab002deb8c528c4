-- Keycloak's database beside Schakel's, owned by the same role (compose try-out only; in
-- production Keycloak has its own server or cluster).
CREATE DATABASE keycloak OWNER schakel;
