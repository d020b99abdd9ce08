/** The second step of a sign-in and a member's own two-step settings, for the site (src/collections/TwoFactorCredentials/signIn.ts). */
export {
  completeSecondStep,
  forgetRecoveryCodes,
  pendingSignIn,
  recoveryCodesToShow,
  setupFor,
  statusFor,
  turnOff,
  turnOn,
  type SetupView,
} from '@/collections/TwoFactorCredentials/signIn'
