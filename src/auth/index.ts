export { ROLES, type Role, isRole } from './roles';
export { type Principal, actorOf } from './principal';
export { createTokenVerifier, type TokenVerifier } from './token-verifier';
export { mintToken, type MintRequest } from './mint-token';
