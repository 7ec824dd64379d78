/**
 * The contracting use cases (driving ports) with their commands and queries. A command is made from
 * raw values by its {@code read} (presence and formats, every field at once); the contract, lot or
 * provider it acts on is named apart ({@code forContract}, {@code forLot}, {@code forProvider}), so that
 * an adapter reads a body whole before it pairs it with the target it found elsewhere (a path). The use
 * case applies the command's own second round ({@code validated}) after access, then its rules that
 * need the actor, the clock or the stores.
 */
package nl.wmokader.core.contracting.port.in;
