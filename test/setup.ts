import * as mocha from 'mocha';
import { RuleTester } from '@typescript-eslint/rule-tester';

// RuleTester registers its suites through these hooks; mocha provides them as globals.
RuleTester.afterAll = mocha.after;
RuleTester.describe = mocha.describe;
RuleTester.it = mocha.it;
RuleTester.itOnly = mocha.it.only;
