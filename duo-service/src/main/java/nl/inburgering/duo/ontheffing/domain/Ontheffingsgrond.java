package nl.inburgering.duo.ontheffing.domain;

/** Why (DUO codelijst OntheffingsgrondInburgering): MED medisch (§11.2), BIO bijzondere individuele omstandigheden (§11.3). */
public enum Ontheffingsgrond {
    MED,
    BIO
}
